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
 * Which feeds are due: never polled, or last polled at least one interval ago. A feed that keeps
 * failing waits longer each time (doubling, capped at a day), so a dead host is not hammered.
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
    Instant now = clock.instant();
    List<FeedSource> due = new ArrayList<>();
    for (FeedSource feed : feeds) {
      if (!nextDue(store.feedState(feed.name())).isAfter(now)) {
        due.add(feed);
      }
    }
    return due;
  }

  public Instant nextDue(FeedState state) {
    if (state.lastPolled() == null) {
      return Instant.EPOCH;
    }
    Duration wait = settings.interval();
    for (int i = 0; i < state.consecutiveErrors() && wait.compareTo(MAX_BACKOFF) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return state.lastPolled().plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
  }
}
