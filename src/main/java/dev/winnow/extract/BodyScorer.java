package dev.winnow.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Picks the containers that hold the article, in the manner of Readability: every paragraph gives
 * points (length, commas) to its parent, half to its grandparent and a third to the next; class and
 * id names weigh a container; links dilute it. The best container and those siblings that score
 * close to it (a body split by an ad or an image) are the body.
 */
final class BodyScorer {
  static final int MIN_PARAGRAPH_CHARS = 25;

  private BodyScorer() {}

  static List<Element> bodyContainers(Document doc, TextMetrics metrics) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    Set<Element> comments = CommentThreads.items(doc.body());
    boolean articleFirst = false;
    for (Element p : metrics.paragraphs) {
      double score = paragraphScore(p, metrics);
      if (!comments.isEmpty() && score > 0) {
        boolean comment = within(p, comments);
        if (comment && articleFirst) {
          continue; // reader comments after an article are not its body
        }
        articleFirst |= !comment;
      }
      Element ancestor = sectionOf(p.parent());
      for (int level = 1; score > 0 && ancestor != null && level <= 3; level++) {
        scores.merge(ancestor, score / level, Double::sum);
        ancestor = sectionOf(ancestor.parent());
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double adjusted = adjusted(e.getKey(), e.getValue(), metrics);
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
    List<Element> containers = withSiblings(best, threshold, scores, metrics);
    return SplitBody.withTwinSections(best, containers, scores, threshold);
  }

  /**
   * A table's row groups (tbody, which parsers insert, thead, tfoot) are not containers of their
   * own: a row's points go to its table, so the table's neighbours stay in reach of the body.
   */
  private static Element sectionOf(Element el) {
    return el != null && TABLE_SECTIONS.contains(el.tagName()) ? el.parent() : el;
  }

  private static final Set<String> TABLE_SECTIONS = Set.of("tbody", "thead", "tfoot");

  private static boolean within(Element el, Set<Element> items) {
    for (Element e = el; e != null; e = e.parent()) {
      if (items.contains(e)) {
        return true;
      }
    }
    return false;
  }

  private static double adjusted(Element container, double raw, TextMetrics metrics) {
    return raw * ClassHints.weight(container) * (1 - metrics.linkDensity(container));
  }

  private static double paragraphScore(Element p, TextMetrics metrics) {
    if (metrics.chars(p) < MIN_PARAGRAPH_CHARS || metrics.linkDensity(p) > 0.5) {
      return 0;
    }
    return 1 + commas(p) + Math.min(3, metrics.chars(p) / 100.0);
  }

  private static int commas(Element p) {
    int commas = 0;
    for (Node node : p.textNodes()) {
      String text = ((TextNode) node).getWholeText();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        commas += c == ',' || c == '，' || c == '、' ? 1 : 0;
      }
    }
    return commas;
  }

  private static List<Element> withSiblings(
      Element best, double threshold, Map<Element, Double> scores, TextMetrics metrics) {
    Element parent = best.parent();
    if (parent == null || best.tagName().equals("body")) {
      return List.of(best);
    }
    List<Element> containers = new ArrayList<>();
    for (Element sibling : parent.children()) {
      Double score = scores.get(sibling);
      if (sibling == best
          || (score != null && score >= threshold && !ClassHints.isFurniture(sibling))
          || isLoneParagraph(sibling, metrics)) {
        containers.add(sibling);
      }
    }
    return containers;
  }

  /** A paragraph beside the body (not inside any container) that reads as prose. */
  private static boolean isLoneParagraph(Element el, TextMetrics metrics) {
    if (!el.tagName().equals("p")) {
      return false;
    }
    String text = el.text();
    double links = metrics.linkDensity(el);
    return (text.length() > 80 && links < 0.25)
        || (text.length() > 0 && links == 0 && text.matches(".*[.!?]\\s*$"));
  }
}
