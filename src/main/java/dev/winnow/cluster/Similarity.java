package dev.winnow.cluster;

import java.util.Map;

/** Cosine similarity of sparse TF-IDF vectors. */
final class Similarity {
  private Similarity() {}

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    return cosine(a, norm(a), b, norm(b));
  }

  static double cosine(Map<String, Double> a, double normA, Map<String, Double> b, double normB) {
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
    return dot == 0 ? 0 : dot / (normA * normB);
  }

  static double norm(Map<String, Double> v) {
    double sum = 0;
    for (double w : v.values()) {
      sum += w * w;
    }
    return Math.sqrt(sum);
  }
}
