package dev.winnow.feed;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Set;

/**
 * What an RSS channel says about how often to poll it (RSS 2.0: ttl, skipHours, skipDays).
 *
 * @param ttl how long the channel may be cached, or null
 * @param skipHours UTC hours (0–23) in which not to poll
 * @param skipDays days on which not to poll
 */
public record PollingHints(Duration ttl, Set<Integer> skipHours, Set<DayOfWeek> skipDays) {
  public static final PollingHints NONE = new PollingHints(null, Set.of(), Set.of());

  public PollingHints {
    skipHours = Set.copyOf(skipHours);
    skipDays = Set.copyOf(skipDays);
  }
}
