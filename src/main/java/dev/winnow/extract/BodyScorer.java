package dev.winnow.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Picks the container that holds the article's paragraphs, in the manner of Readability: every
 * paragraph gives points to its parent and half to its grandparent by length and commas; links
 * dilute the points; the best container's paragraphs, and those of siblings that score close to it
 * (bodies split by an ad or image), are the body.
 */
final class BodyScorer {
  private static final int MIN_PARAGRAPH_CHARS = 25;

  private BodyScorer() {}

  static List<Element> bodyParagraphs(Document doc, String title) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : doc.body().select("p, pre, blockquote, li")) {
      double score = paragraphScore(p);
      if (score <= 0) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, score / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double adjusted = e.getValue() * (1 - linkDensity(e.getKey()));
      if (adjusted > bestScore) {
        best = e.getKey();
        bestScore = adjusted;
      }
    }
    if (best == null) {
      return List.of();
    }
    return paragraphsOf(withSiblings(best, bestScore, scores), title);
  }

  private static double paragraphScore(Element p) {
    String text = p.text();
    if (text.length() < MIN_PARAGRAPH_CHARS || linkDensity(p) > 0.5) {
      return 0;
    }
    long commas = text.chars().filter(c -> c == ',' || c == '，').count();
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
    return (double) linked / total;
  }

  private static List<Element> withSiblings(
      Element best, double bestScore, Map<Element, Double> scores) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    List<Element> containers = new ArrayList<>();
    for (Element sibling : parent.children()) {
      Double score = scores.get(sibling);
      boolean sameKind = sibling.tagName().equals(best.tagName());
      if (sibling == best
          || (score != null
              && sameKind
              && score >= bestScore * 0.2
              && linkDensity(sibling) < 0.25)) {
        containers.add(sibling);
      }
    }
    return containers;
  }

  private static List<Element> paragraphsOf(List<Element> containers, String title) {
    List<Element> paragraphs = new ArrayList<>();
    for (Element container : containers) {
      List<Element> own = container.select("p, pre, blockquote, li, h2, h3");
      if (own.isEmpty()) {
        own = List.of(container);
      }
      for (Element p : own) {
        if (isKept(p, title) && !hasKeptAncestor(p, paragraphs)) {
          paragraphs.add(p);
        }
      }
    }
    return paragraphs;
  }

  private static boolean isKept(Element p, String title) {
    String text = p.text().strip();
    if (text.isEmpty() || text.equalsIgnoreCase(title) || linkDensity(p) > 0.5) {
      return false;
    }
    boolean heading = p.tagName().startsWith("h");
    return heading || p.tagName().equals("li") ? text.length() >= MIN_PARAGRAPH_CHARS : true;
  }

  private static boolean hasKeptAncestor(Element p, List<Element> kept) {
    for (Element ancestor : p.parents()) {
      for (Element k : kept) {
        if (k == ancestor) {
          return true;
        }
      }
    }
    return false;
  }
}
