package dev.winnow.store.lucene;

import java.util.HashMap;
import java.util.Map;

/** A story centroid's terms in its stored record: "term weight" pairs, one a line. */
final class CentroidText {
  private CentroidText() {}

  /** Terms are analyzed tokens, which hold no whitespace. */
  static String encode(Map<String, Double> terms) {
    StringBuilder out = new StringBuilder();
    terms.forEach((t, w) -> out.append(t).append(' ').append((float) (double) w).append('\n'));
    return out.toString();
  }

  static Map<String, Double> decode(String encoded) {
    Map<String, Double> terms = new HashMap<>();
    if (encoded == null) {
      return terms;
    }
    for (String line : encoded.split("\n")) {
      int space = line.lastIndexOf(' ');
      if (space > 0) {
        terms.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
      }
    }
    return terms;
  }
}
