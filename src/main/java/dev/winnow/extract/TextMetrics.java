package dev.winnow.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link lengths of every element, counted in one pass from the leaves up, so that link
 * density and "has a text block inside" cost a lookup rather than a walk of the subtree each time
 * (the walks made extraction cost 2.4 parses; the budget is 1.5).
 */
final class TextMetrics {
  static final Set<String> TEXT_BLOCKS =
      Set.of("p", "pre", "li", "dd", "dt", "td", "th", "h2", "h3", "h4", "h5", "h6", "blockquote");

  private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote", "li", "tr");

  /** chars of text; chars inside links; 1 if a text block or div lies below. */
  private final Map<Element, int[]> counts = new IdentityHashMap<>();

  /** The elements that score as paragraphs, found on the same walk. */
  final List<Element> paragraphs = new ArrayList<>();

  TextMetrics(Element root) {
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {}

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element el) {
              counts.put(el, sum(el));
              if (SCORED.contains(el.tagName())) {
                paragraphs.add(el);
              }
            }
          }
        },
        root);
  }

  private int[] sum(Element el) {
    int[] total = new int[3];
    boolean isLink = el.tagName().equals("a");
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode t) {
        int n = collapsedLength(t.getWholeText());
        total[0] += n;
        total[1] += isLink ? n : 0;
      } else if (child instanceof Element c) {
        int[] sub = counts.getOrDefault(c, new int[3]);
        total[0] += sub[0];
        total[1] += isLink ? sub[0] : sub[1];
        boolean block = TEXT_BLOCKS.contains(c.tagName()) || c.tagName().equals("div");
        total[2] |= block ? 1 : sub[2];
      }
    }
    return total;
  }

  /** Length after collapsing whitespace runs to one space and trimming, without allocating. */
  static int collapsedLength(String text) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean white = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0';
      if (!white) {
        n++;
      } else if (!space) {
        n++;
      }
      space = white;
    }
    return space && n > 0 ? n - 1 : n;
  }

  int chars(Element el) {
    int[] c = counts.get(el);
    return c == null ? el.text().length() : c[0];
  }

  double linkDensity(Element el) {
    int[] c = counts.get(el);
    if (c == null || c[0] == 0) {
      return 0;
    }
    return Math.min(1, (double) c[1] / c[0]);
  }

  boolean hasTextBlockInside(Element el) {
    int[] c = counts.get(el);
    return c != null && c[2] == 1;
  }
}
