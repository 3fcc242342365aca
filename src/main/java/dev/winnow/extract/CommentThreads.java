package dev.winnow.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reader comments recognized by their shape, whatever they are named: three or more sibling blocks
 * of one kind (tag and class), most of them carrying a time element (HTML §4.5.14) and a short
 * action link (reply, like, report) — what comment systems render, in any language. Their
 * paragraphs do not count towards a body when article text comes before them: a thread longer than
 * a short story is still not the story.
 *
 * <p>Only the few elements near a time are looked at: a page's times are found once, and the
 * sibling groups above each (a few levels up) are judged once each.
 */
final class CommentThreads {
  private static final int MIN_ITEMS = 3;
  private static final double MOST = 0.6;
  private static final int LEVELS = 4;

  /** A link this short is an action ("Reply", "Antworten", "Responder"), not a headline. */
  private static final int ACTION_CHARS = 16;

  private CommentThreads() {}

  /** The items of every comment thread under {@code root}. */
  static Set<Element> items(Element root) {
    Set<Element> items = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<String> judged = new HashSet<>();
    for (Element time : root.getElementsByTag("time")) {
      Element item = time;
      for (int level = 0; level < LEVELS && item.parent() != null; level++) {
        Element parent = item.parent();
        String kind = kindOf(item);
        if (judged.add(System.identityHashCode(parent) + "/" + kind)) {
          List<Element> group = new ArrayList<>();
          for (Element sibling : parent.children()) {
            if (kindOf(sibling).equals(kind)) {
              group.add(sibling);
            }
          }
          if (group.size() >= MIN_ITEMS && commentLike(group)) {
            items.addAll(group);
          }
        }
        item = parent;
      }
    }
    return items;
  }

  private static String kindOf(Element el) {
    return el.tagName() + "." + el.className();
  }

  private static boolean commentLike(List<Element> group) {
    int like = 0;
    for (Element item : group) {
      boolean dated = !item.getElementsByTag("time").isEmpty();
      boolean action =
          dated
              && item.select("a, button").stream()
                  .anyMatch(a -> !a.text().isBlank() && a.text().strip().length() <= ACTION_CHARS);
      like += action ? 1 : 0;
    }
    return like >= MOST * group.size();
  }
}
