package dev.winnow.pipeline;

import dev.winnow.config.FeedSource;
import dev.winnow.config.PollSettings;
import dev.winnow.feed.PollingHints;
import dev.winnow.store.FeedState;
import dev.winnow.store.StoreReader;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Which feeds are due. A feed waits the longest of the configured interval, what its publisher
 * asked (RSS ttl, Cache-Control max-age or Expires) and a quarter of the typical gap between its
 * entries (a feed that posts twice a week is not asked every 15 minutes), kept between the
 * configured floor and ceiling, plus up to a tenth more as jitter so feeds of one host drift apart;
 * not in its RSS skipHours or skipDays (UTC, as RSS 2.0 says); a failing feed waits longer each
 * time (doubling, capped at a day); a 429/503 is not asked again before its Retry-After; a feed
 * that answered 410 Gone is never polled again. Forcing skips only the regular wait, never
 * Retry-After, error backoff or 410.
 */
public final class Schedule {
  private static final Duration MAX_BACKOFF = Duration.ofDays(1);

  private final PollSettings settings;
  private final InstantSource clock;

  public Schedule(PollSettings settings, InstantSource clock) {
    this.settings = settings;
    this.clock = clock;
  }

  public List<FeedSource> due(List<FeedSource> feeds, StoreReader store) {
    return due(feeds, store, false);
  }

  public List<FeedSource> due(List<FeedSource> feeds, StoreReader store, boolean force) {
    Instant now = clock.instant();
    List<FeedSource> due = new ArrayList<>();
    for (FeedSource feed : feeds) {
      FeedState state = store.feedState(feed.name());
      boolean backingOff =
          state.retryAt() != null ? now.isBefore(state.retryAt()) : state.consecutiveErrors() > 0;
      boolean forcible = force && !backingOff && !state.isGone(feed.url());
      if (forcible || !nextDue(state, feed).isAfter(now)) {
        due.add(feed);
      }
    }
    return due;
  }

  /** When the feed may next be polled; {@link Instant#MAX} once it is gone. */
  public Instant nextDue(FeedState state, FeedSource feed) {
    if (state.isGone(feed.url())) {
      return Instant.MAX;
    }
    if (state.lastPolled() == null) {
      return Instant.EPOCH;
    }
    Duration wait = regularWait(state.hints());
    wait = wait.plus(jitter(feed, state, wait));
    Instant regular = state.lastPolled().plus(wait);
    if (state.retryAt() != null) {
      // The publisher said when to come back (Retry-After): that, not our own doubling, decides.
      return outsideSkips(
          state.retryAt().isAfter(regular) ? state.retryAt() : regular, state.hints());
    }
    for (int i = 0; i < state.consecutiveErrors() && wait.compareTo(MAX_BACKOFF) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    Instant next = state.lastPolled().plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
    return outsideSkips(next, state.hints());
  }

  private Duration regularWait(PollingHints hints) {
    Duration wait = settings.interval();
    if (hints.ttl() != null && hints.ttl().compareTo(wait) > 0) {
      wait = hints.ttl();
    }
    // Adaptive: about four polls per typical gap between entries, for feeds slower than the
    // interval.
    if (hints.typicalGap() != null && hints.typicalGap().dividedBy(4).compareTo(wait) > 0) {
      wait = hints.typicalGap().dividedBy(4);
    }
    if (wait.compareTo(settings.ceiling()) > 0) {
      wait = settings.ceiling();
    }
    return wait.compareTo(settings.floor()) < 0 ? settings.floor() : wait;
  }

  /** Up to a tenth of the wait, the same for a given feed and poll, different across feeds. */
  private static Duration jitter(FeedSource feed, FeedState state, Duration wait) {
    long seed = (feed.name() + '\u0000' + state.lastPolled()).hashCode() & 0x7fffffffL;
    return Duration.ofMillis(wait.toMillis() / 10 * (seed % 1000) / 1000);
  }

  /** The first instant at or after {@code at} outside RSS skipHours and skipDays (UTC). */
  private static Instant outsideSkips(Instant at, PollingHints hints) {
    if (hints.skipHours().isEmpty() && hints.skipDays().isEmpty()) {
      return at;
    }
    ZonedDateTime t = at.atZone(ZoneOffset.UTC);
    for (int i = 0; i < 24 * 8; i++) {
      if (!hints.skipHours().contains(t.getHour())
          && !hints.skipDays().contains(t.getDayOfWeek())) {
        return t.toInstant();
      }
      t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
    }
    return at; // every hour of every day skipped: the hints are nonsense, so ignore them
  }
}
