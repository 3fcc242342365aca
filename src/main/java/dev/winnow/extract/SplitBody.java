package dev.winnow.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Some sites cut one article into several sections of the same kind (same tag and class), each with
 * its own wrappers, so the paragraphs of the other sections are cousins of the best container, not
 * siblings. Those twin sections belong to the body when they hold scored paragraphs.
 */
final class SplitBody {
  private static final int LEVELS = 4;

  private SplitBody() {}

  static List<Element> withTwinSections(
      Element best, List<Element> containers, Map<Element, Double> scores, double threshold) {
    List<Element> all = new ArrayList<>(containers);
    Element node = best.parent();
    for (int level = 0; node != null && node.parent() != null && level < LEVELS; level++) {
      if (!node.className().isBlank()) {
        for (Element sibling : node.parent().children()) {
          if (sibling != node
              && isTwin(node, sibling)
              && bestScoreIn(sibling, scores) >= threshold) {
            all.add(sibling);
          }
        }
      }
      node = node.parent();
    }
    if (all.size() == containers.size()) {
      return containers;
    }
    all.sort(Comparator.comparing(SplitBody::position, SplitBody::compareLists));
    return Collections.unmodifiableList(all);
  }

  /** Same kind of section, and not another whole article (infinite-scroll pages repeat those). */
  private static boolean isTwin(Element a, Element b) {
    return a.tagName().equals(b.tagName())
        && a.className().equals(b.className())
        && !a.tagName().equals("article")
        && b.selectFirst("h1, article, time, [itemprop=headline]") == null
        && !ClassHints.isFurniture(b);
  }

  private static double bestScoreIn(Element el, Map<Element, Double> scores) {
    double best = 0;
    for (Element d : el.getAllElements()) {
      best = Math.max(best, scores.getOrDefault(d, 0.0));
    }
    return best;
  }

  private static List<Integer> position(Element el) {
    List<Integer> path = new ArrayList<>();
    for (Element e = el; e.parent() != null; e = e.parent()) {
      path.add(0, e.elementSiblingIndex());
    }
    return path;
  }

  private static int compareLists(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
