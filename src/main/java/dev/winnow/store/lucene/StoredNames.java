package dev.winnow.store.lucene;

import java.util.HashMap;
import java.util.Map;

/**
 * An article's participants in its stored document: each analyzed term once a mention, separated by
 * spaces (analyzed tokens hold no whitespace).
 */
final class StoredNames {
  private StoredNames() {}

  static String encode(Map<String, Integer> namesTf) {
    StringBuilder out = new StringBuilder();
    namesTf.forEach((term, n) -> out.append((term + ' ').repeat(n)));
    return out.toString().stripTrailing();
  }

  static Map<String, Integer> decode(String text) {
    Map<String, Integer> names = new HashMap<>();
    if (text != null && !text.isBlank()) {
      for (String term : text.split(" ")) {
        names.merge(term, 1, Integer::sum);
      }
    }
    return names;
  }
}
