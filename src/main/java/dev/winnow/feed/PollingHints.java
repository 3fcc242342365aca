package dev.winnow.feed;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Set;

/**
 * What is known about how often to poll a feed: what its channel says (RSS 2.0 ttl, skipHours,
 * skipDays) and how often it has actually published lately.
 *
 * @param ttl how long the channel may be cached, or null
 * @param skipHours UTC hours (0–23) in which not to poll
 * @param skipDays days on which not to poll
 * @param typicalGap the median time between its recent entries, or null if too few are dated
 */
public record PollingHints(
    Duration ttl, Set<Integer> skipHours, Set<DayOfWeek> skipDays, Duration typicalGap) {
  public static final PollingHints NONE = new PollingHints(null, Set.of(), Set.of(), null);

  public PollingHints(Duration ttl, Set<Integer> skipHours, Set<DayOfWeek> skipDays) {
    this(ttl, skipHours, skipDays, null);
  }

  public PollingHints withTtl(Duration newTtl) {
    return new PollingHints(newTtl, skipHours, skipDays, typicalGap);
  }

  /**
   * The median gap between the newest {@code 20} dated entries; null with fewer than three. A feed
   * that publishes twice a week need not be asked every quarter of an hour.
   */
  public static Duration typicalGap(java.util.List<java.time.Instant> published) {
    java.util.List<java.time.Instant> times =
        published.stream()
            .filter(java.util.Objects::nonNull)
            .sorted(java.util.Comparator.reverseOrder())
            .limit(20)
            .toList();
    if (times.size() < 3) {
      return null;
    }
    java.util.List<Duration> gaps = new java.util.ArrayList<>();
    for (int i = 1; i < times.size(); i++) {
      gaps.add(Duration.between(times.get(i), times.get(i - 1)));
    }
    java.util.Collections.sort(gaps);
    return gaps.get(gaps.size() / 2);
  }

  public PollingHints {
    skipHours = Set.copyOf(skipHours);
    skipDays = Set.copyOf(skipDays);
  }
}
