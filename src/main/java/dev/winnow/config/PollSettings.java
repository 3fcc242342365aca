package dev.winnow.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * When feeds are polled and how many at once.
 *
 * @param interval time between two polls of one feed
 * @param workers feeds fetched in parallel
 */
public record PollSettings(Duration interval, int workers) {

  public static final PollSettings DEFAULTS = new PollSettings(Duration.ofMinutes(15), 4);

  @JsonCreator
  static PollSettings fromYaml(
      @JsonProperty("interval_minutes") Integer intervalMinutes,
      @JsonProperty("workers") Integer workers) {
    return new PollSettings(
        intervalMinutes != null ? Duration.ofMinutes(intervalMinutes) : DEFAULTS.interval,
        workers != null ? workers : DEFAULTS.workers);
  }

  public PollSettings {
    if (interval.toMinutes() < 1 || interval.toDays() > 7) {
      throw new IllegalArgumentException("interval_minutes must be between 1 and 10080");
    }
    if (workers < 1 || workers > 64) {
      throw new IllegalArgumentException("workers must be between 1 and 64");
    }
  }
}
