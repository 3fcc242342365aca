package dev.winnow.store;

import java.time.Instant;

/**
 * What winnow remembers of one feed between polls; it commits with the articles it led to.
 *
 * @param etag validator to send back as If-None-Match, or null
 * @param lastModified validator to send back as If-Modified-Since, or null
 * @param lastPolled when the feed was last tried, or null if never
 * @param lastSuccess when it last answered with a feed or a 304, or null
 * @param lastError the last one-line error, or "" after a success
 * @param consecutiveErrors errors since the last success
 */
public record FeedState(
    String feedName,
    String etag,
    String lastModified,
    Instant lastPolled,
    Instant lastSuccess,
    String lastError,
    int consecutiveErrors) {

  public static FeedState neverPolled(String feedName) {
    return new FeedState(feedName, null, null, null, null, "", 0);
  }
}
