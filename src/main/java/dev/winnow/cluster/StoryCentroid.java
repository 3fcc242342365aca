package dev.winnow.cluster;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The summed term counts of a story's members (sublinear: 1 + ln tf per member), title, full text
 * and participants apart, kept in the story's record so the clusterer compares with a story in one
 * lookup. Only the strongest terms are kept, so a record stays small however large the story grows.
 */
public record StoryCentroid(
    Map<String, Double> title, Map<String, Double> body, Map<String, Double> names) {
  private static final int TITLE_TERMS = 80;
  private static final int BODY_TERMS = 300;
  private static final int NAME_TERMS = 60;
  private static final int KEY_TITLE_TERMS = 12;
  private static final int KEY_BODY_TERMS = 20;

  static final StoryCentroid EMPTY = new StoryCentroid(Map.of(), Map.of(), Map.of());

  StoryCentroid plus(AnalyzedArticle a) {
    return new StoryCentroid(
        strongest(added(title, a.titleTf()), TITLE_TERMS),
        strongest(added(body, a.textTf()), BODY_TERMS),
        strongest(added(names, a.namesTf()), NAME_TERMS));
  }

  StoryCentroid plus(StoryCentroid other) {
    return new StoryCentroid(
        strongest(summed(title, other.title), TITLE_TERMS),
        strongest(summed(body, other.body), BODY_TERMS),
        strongest(summed(names, other.names), NAME_TERMS));
  }

  /** The most frequent title and text terms: what the story is about, for finding it again. */
  public Set<String> keyTerms() {
    Set<String> keys = new LinkedHashSet<>(strongest(title, KEY_TITLE_TERMS).keySet());
    keys.addAll(strongest(body, KEY_BODY_TERMS).keySet());
    return keys;
  }

  private static Map<String, Double> added(Map<String, Double> sum, Map<String, Integer> tf) {
    Map<String, Double> out = new HashMap<>(sum);
    tf.forEach((term, n) -> out.merge(term, 1 + Math.log(n), Double::sum));
    return out;
  }

  private static Map<String, Double> summed(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> out = new HashMap<>(a);
    b.forEach((term, w) -> out.merge(term, w, Double::sum));
    return out;
  }

  private static Map<String, Double> strongest(Map<String, Double> terms, int keep) {
    if (terms.size() <= keep) {
      return Map.copyOf(terms);
    }
    return terms.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(keep)
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
