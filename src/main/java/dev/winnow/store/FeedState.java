package dev.winnow.store;

import dev.winnow.feed.PollingHints;
import java.net.URI;
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
 * @param movedFrom the configured URL that redirected permanently, or null
 * @param movedTo where it redirected to: polled instead while feeds.yml still says movedFrom
 * @param goneUrl a URL that answered 410 Gone: never polled again, unless feeds.yml changes it
 * @param retryAt not before this, as a 429 or 503 asked (Retry-After), or null
 * @param hints what the publisher said about polling it: the longer of RSS ttl and the HTTP
 *     freshness lifetime (as {@code ttl}), and RSS skipHours/skipDays
 */
public record FeedState(
    String feedName,
    String etag,
    String lastModified,
    Instant lastPolled,
    Instant lastSuccess,
    String lastError,
    int consecutiveErrors,
    URI movedFrom,
    URI movedTo,
    URI goneUrl,
    Instant retryAt,
    PollingHints hints) {

  public FeedState {
    hints = hints == null ? PollingHints.NONE : hints;
  }

  public static FeedState neverPolled(String feedName) {
    return new FeedState(feedName, null, null, null, null, "", 0, null, null, null, null, null);
  }

  /**
   * The URL to poll for a feed configured at {@code configured}: its permanent new home, if any.
   */
  public URI urlFor(URI configured) {
    return movedTo != null && configured.equals(movedFrom) ? movedTo : configured;
  }

  /** Whether the URL this feed would be polled at answered 410 Gone. */
  public boolean isGone(URI configured) {
    return goneUrl != null && goneUrl.equals(urlFor(configured));
  }
}
