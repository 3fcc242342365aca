package dev.winnow.cluster;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The summed term counts of a story's members (sublinear: 1 + ln tf per member), title and full
 * text apart, kept in the story's record so the clusterer compares with a story in one lookup. Only
 * the strongest terms are kept, so a record stays small however large the story grows.
 */
public record StoryCentroid(Map<String, Double> title, Map<String, Double> body) {
  private static final int TITLE_TERMS = 80;
  private static final int BODY_TERMS = 300;
  private static final int KEY_TITLE_TERMS = 12;
  private static final int KEY_BODY_TERMS = 20;

  static final StoryCentroid EMPTY = new StoryCentroid(Map.of(), Map.of());

  StoryCentroid plus(Map<String, Integer> titleTf, Map<String, Integer> bodyTf) {
    return new StoryCentroid(
        strongest(added(title, titleTf), TITLE_TERMS), strongest(added(body, bodyTf), BODY_TERMS));
  }

  StoryCentroid plus(StoryCentroid other) {
    Map<String, Double> t = new HashMap<>(title);
    other.title.forEach((term, w) -> t.merge(term, w, Double::sum));
    Map<String, Double> b = new HashMap<>(body);
    other.body.forEach((term, w) -> b.merge(term, w, Double::sum));
    return new StoryCentroid(strongest(t, TITLE_TERMS), strongest(b, BODY_TERMS));
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
