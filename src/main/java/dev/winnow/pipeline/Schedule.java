package dev.winnow.pipeline;

import dev.winnow.config.FeedSource;
import dev.winnow.config.PollSettings;
import dev.winnow.store.FeedState;
import dev.winnow.store.StoreReader;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Which feeds are due. A feed is due one interval after its last poll; a failing feed waits longer
 * each time (doubling, capped at a day) so a dead host is not hammered; a 429/503 is not asked
 * again before its Retry-After; a feed that answered 410 Gone is never polled again. Forcing skips
 * only the regular interval, never the publisher's Retry-After, error backoff or 410.
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
    Instant regular = state.lastPolled().plus(settings.interval());
    if (state.retryAt() != null) {
      // The publisher said when to come back (Retry-After): that, not our own doubling, decides.
      return state.retryAt().isAfter(regular) ? state.retryAt() : regular;
    }
    Duration wait = settings.interval();
    for (int i = 0; i < state.consecutiveErrors() && wait.compareTo(MAX_BACKOFF) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return state.lastPolled().plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
  }
}
