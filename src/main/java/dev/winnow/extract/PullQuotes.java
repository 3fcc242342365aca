package dev.winnow.extract;

import java.util.List;
import java.util.Locale;

/**
 * Drops pull quotes: a quote block whose whole text appears inside another, longer block of the
 * same body is a magazine's repetition of a line the article already says. Headings that repeat a
 * phrase stay: they are the article's own structure.
 */
final class PullQuotes {
  private static final int MIN_CHARS = 20;

  private PullQuotes() {}

  static void drop(List<BlockText.Block> blocks) {
    if (blocks.stream().noneMatch(BlockText.Block::isQuote)) {
      return;
    }
    List<String> normalized = blocks.stream().map(b -> normalize(b.text())).toList();
    for (int i = blocks.size() - 1; i >= 0; i--) {
      String candidate = normalized.get(i);
      if (blocks.get(i).isQuote()
          && candidate.length() >= MIN_CHARS
          && repeatsAnother(candidate, i, normalized)) {
        blocks.remove(i);
      }
    }
  }

  private static boolean repeatsAnother(String candidate, int index, List<String> all) {
    for (int j = 0; j < all.size(); j++) {
      String other = all.get(j);
      if (j != index && other.length() > candidate.length() && other.contains(candidate)) {
        return true;
      }
    }
    return false;
  }

  private static String normalize(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
