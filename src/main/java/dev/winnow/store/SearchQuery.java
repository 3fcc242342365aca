package dev.winnow.store;

import java.time.Instant;

/**
 * A search over stored articles.
 *
 * @param text query in Lucene's classic syntax over titles and bodies
 * @param since only articles published at or after this, or null
 * @param outlet only articles of this feed name, or null
 */
public record SearchQuery(String text, Instant since, String outlet, int limit) {
  public SearchQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
  }
}
