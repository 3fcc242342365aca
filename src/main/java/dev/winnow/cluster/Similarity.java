package dev.winnow.cluster;

import java.util.Map;

/** Cosine similarity of sparse TF-IDF vectors. */
final class Similarity {
  private Similarity() {}

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double other = large.get(e.getKey());
      if (other != null) {
        dot += e.getValue() * other;
      }
    }
    return dot == 0 ? 0 : dot / (norm(a) * norm(b));
  }

  /**
   * How much of the article's most salient terms (its {@code top} heaviest TF-IDF weights) the
   * story already holds, weighted: a rewrite of the same event is mostly covered; the same people's
   * next event brings its own heavy terms (a new name, "engaged", "lawsuit") that the story lacks.
   */
  static double coverage(Map<String, Double> article, Map<String, Double> story, int top) {
    double total = 0;
    double covered = 0;
    var heaviest =
        article.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .limit(top)
            .toList();
    for (Map.Entry<String, Double> e : heaviest) {
      total += e.getValue();
      if (story.containsKey(e.getKey())) {
        covered += e.getValue();
      }
    }
    return total == 0 ? 0 : covered / total;
  }

  private static double norm(Map<String, Double> v) {
    double sum = 0;
    for (double w : v.values()) {
      sum += w * w;
    }
    return Math.sqrt(sum);
  }
}
