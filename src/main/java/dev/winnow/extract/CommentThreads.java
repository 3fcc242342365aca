package dev.winnow.extract;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reader comments recognized by their shape, whatever they are named: three or more sibling blocks
 * of one kind (tag and class), most of them carrying a time and a short action link (reply, like,
 * report) — what comment systems render, in any language. Their paragraphs do not count towards a
 * body when article text comes before them: a thread longer than a short story is still not the
 * story.
 */
final class CommentThreads {
  private static final int MIN_ITEMS = 3;
  private static final double MOST = 0.6;

  /** A link this short is an action ("Reply", "Antworten", "Responder"), not a headline. */
  private static final int ACTION_CHARS = 16;

  private CommentThreads() {}

  /** The items of every comment thread under {@code root}. */
  static Set<Element> items(Element root) {
    Set<Element> items = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element parent : root.getAllElements()) {
      List<Element> children = parent.children();
      if (children.size() < MIN_ITEMS) {
        continue;
      }
      Map<String, List<Element>> kinds = new HashMap<>();
      for (Element child : children) {
        kinds
            .computeIfAbsent(
                child.tagName() + "." + child.className(), k -> new java.util.ArrayList<>())
            .add(child);
      }
      for (List<Element> kind : kinds.values()) {
        if (kind.size() >= MIN_ITEMS && commentLike(kind)) {
          items.addAll(kind);
        }
      }
    }
    return items;
  }

  private static boolean commentLike(List<Element> kind) {
    int like = 0;
    for (Element item : kind) {
      boolean dated = !item.select("time, [datetime]").isEmpty();
      boolean action =
          item.select("a, button").stream()
              .anyMatch(a -> !a.text().isBlank() && a.text().strip().length() <= ACTION_CHARS);
      like += dated && action ? 1 : 0;
    }
    return like >= MOST * kind.size();
  }
}
