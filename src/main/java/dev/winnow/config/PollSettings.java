package dev.winnow.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * When feeds are polled and how many at once.
 *
 * @param interval time between two polls of one feed, unless the publisher asks for longer
 * @param workers feeds fetched in parallel
 * @param floor the shortest wait between two polls of one feed, whatever else says
 * @param ceiling the longest wait a publisher's ttl or Cache-Control may impose
 */
public record PollSettings(Duration interval, int workers, Duration floor, Duration ceiling) {

  public static final PollSettings DEFAULTS =
      new PollSettings(Duration.ofMinutes(15), 4, Duration.ofMinutes(5), Duration.ofHours(24));

  @JsonCreator
  static PollSettings fromYaml(
      @JsonProperty("interval_minutes") Integer intervalMinutes,
      @JsonProperty("workers") Integer workers,
      @JsonProperty("min_interval_minutes") Integer floorMinutes,
      @JsonProperty("max_interval_minutes") Integer ceilingMinutes) {
    return new PollSettings(
        intervalMinutes != null ? Duration.ofMinutes(intervalMinutes) : DEFAULTS.interval,
        workers != null ? workers : DEFAULTS.workers,
        floorMinutes != null ? Duration.ofMinutes(floorMinutes) : DEFAULTS.floor,
        ceilingMinutes != null ? Duration.ofMinutes(ceilingMinutes) : DEFAULTS.ceiling);
  }

  public PollSettings(Duration interval, int workers) {
    this(interval, workers, DEFAULTS.floor, DEFAULTS.ceiling);
  }

  public PollSettings {
    if (interval.toMinutes() < 1 || interval.toDays() > 7) {
      throw new IllegalArgumentException("interval_minutes must be between 1 and 10080");
    }
    if (floor.toMinutes() < 1 || ceiling.compareTo(floor) < 0 || ceiling.toDays() > 7) {
      throw new IllegalArgumentException(
          "min_interval_minutes must be at least 1 and at most max_interval_minutes (at most 10080)");
    }
    if (workers < 1 || workers > 64) {
      throw new IllegalArgumentException("workers must be between 1 and 64");
    }
  }
}
