package dev.winnow.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Picks the containers that hold the article, in the manner of Readability: every paragraph gives
 * points (length, commas) to its parent, half to its grandparent and a third to the next; class and
 * id names weigh a container; links dilute it. The best container and those siblings that score
 * close to it (a body split by an ad or an image) are the body.
 */
final class BodyScorer {
  static final int MIN_PARAGRAPH_CHARS = 25;

  private BodyScorer() {}

  static List<Element> bodyContainers(Document doc) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : doc.body().select("p, pre, td, blockquote")) {
      double score = paragraphScore(p);
      Element ancestor = p.parent();
      for (int level = 1; score > 0 && ancestor != null && level <= 3; level++) {
        scores.merge(ancestor, score / level, Double::sum);
        ancestor = ancestor.parent();
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double adjusted = adjusted(e.getKey(), e.getValue());
      e.setValue(adjusted);
      if (adjusted > bestScore) {
        best = e.getKey();
        bestScore = adjusted;
      }
    }
    if (best == null) {
      return List.of();
    }
    double threshold = Math.max(10, bestScore * 0.2);
    List<Element> containers = withSiblings(best, threshold, scores);
    return SplitBody.withTwinSections(best, containers, scores, threshold);
  }

  private static double adjusted(Element container, double raw) {
    return raw * ClassHints.weight(container) * (1 - linkDensity(container));
  }

  private static double paragraphScore(Element p) {
    String text = p.text();
    if (text.length() < MIN_PARAGRAPH_CHARS || linkDensity(p) > 0.5) {
      return 0;
    }
    long commas = text.chars().filter(c -> c == ',' || c == '，' || c == '、').count();
    return 1 + commas + Math.min(3, text.length() / 100.0);
  }

  static double linkDensity(Element el) {
    int total = el.text().length();
    if (total == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : el.select("a")) {
      linked += a.text().length();
    }
    return Math.min(1, (double) linked / total);
  }

  private static List<Element> withSiblings(
      Element best, double threshold, Map<Element, Double> scores) {
    Element parent = best.parent();
    if (parent == null || best.tagName().equals("body")) {
      return List.of(best);
    }
    List<Element> containers = new ArrayList<>();
    for (Element sibling : parent.children()) {
      Double score = scores.get(sibling);
      if (sibling == best
          || (score != null && score >= threshold && !ClassHints.isFurniture(sibling))
          || isLoneParagraph(sibling)) {
        containers.add(sibling);
      }
    }
    return containers;
  }

  /** A paragraph beside the body (not inside any container) that reads as prose. */
  private static boolean isLoneParagraph(Element el) {
    if (!el.tagName().equals("p")) {
      return false;
    }
    String text = el.text();
    double links = linkDensity(el);
    return (text.length() > 80 && links < 0.25)
        || (text.length() > 0 && links == 0 && text.matches(".*[.!?]\\s*$"));
  }
}
