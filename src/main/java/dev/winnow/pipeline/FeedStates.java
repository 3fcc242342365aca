package dev.winnow.pipeline;

import dev.winnow.config.FeedSource;
import dev.winnow.config.RedactedUrls;
import dev.winnow.feed.PollingHints;
import dev.winnow.fetch.FetchResult;
import dev.winnow.store.FeedState;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/** How a feed's remembered state changes after one poll. */
final class FeedStates {
  private FeedStates() {}

  /**
   * A feed or a 304 came back: errors reset; a permanent redirect is remembered for the URL that
   * feeds.yml names, so the next poll goes straight to the new one; the publisher's hints (RSS
   * ttl/skipHours/skipDays from a new document, else the last ones; HTTP freshness) are kept.
   */
  static FeedState succeeded(
      FeedSource feed,
      FeedState before,
      Instant now,
      String etag,
      String lastModified,
      URI movedTo,
      PollingHints documentHints,
      Duration freshFor) {
    URI from = movedTo != null ? feed.url() : before.movedFrom();
    URI to = movedTo != null ? movedTo : before.movedTo();
    PollingHints hints = documentHints != null ? documentHints : before.hints();
    Duration wait = longer(hints.ttl(), freshFor);
    return new FeedState(
        feed.name(),
        etag,
        lastModified,
        now,
        now,
        "",
        0,
        from,
        to,
        null,
        null,
        hints.withTtl(wait));
  }

  static FeedState failed(FeedSource feed, FeedState before, Instant now, String error) {
    return failed(feed, before, now, error, null, false);
  }

  /** A failure counts towards backoff; 410 marks the polled URL gone; 429/503 set retryAt. */
  static FeedState failed(FeedSource feed, FeedState before, Instant now, FetchResult.Failed f) {
    return failed(feed, before, now, f.reason(), f.retryAt(), f.gone());
  }

  private static FeedState failed(
      FeedSource feed, FeedState before, Instant now, String error, Instant retryAt, boolean gone) {
    return new FeedState(
        feed.name(),
        before.etag(),
        before.lastModified(),
        now,
        before.lastSuccess(),
        gone
            ? "gone (HTTP 410): no longer polled; change its url in feeds.yml to poll again"
            : RedactedUrls.scrub(RedactedUrls.scrub(error, feed.url()), before.urlFor(feed.url())),
        before.consecutiveErrors() + 1,
        before.movedFrom(),
        before.movedTo(),
        gone ? before.urlFor(feed.url()) : before.goneUrl(),
        retryAt,
        before.hints());
  }

  private static Duration longer(Duration a, Duration b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }
}
