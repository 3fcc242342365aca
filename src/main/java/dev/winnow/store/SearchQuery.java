package dev.winnow.store;

import java.time.Instant;

/**
 * A search over stored articles.
 *
 * @param since only articles published at or after this, or null
 * @param outlet only articles of this feed name, or null
 */
public record SearchQuery(SearchExpression expression, Instant since, String outlet, int limit) {
  public SearchQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
  }

  /** Parses query text in winnow's search language ({@link SearchExpression}). */
  public static SearchQuery parse(String text, Instant since, String outlet, int limit)
      throws InvalidQueryException {
    return new SearchQuery(SearchParser.parse(text), since, outlet, limit);
  }
}
