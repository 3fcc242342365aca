package dev.winnow.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * How articles are folded into stories.
 *
 * @param window articles further apart in published time than this never share a story
 * @param threshold similarity (0..1) an article needs with a story's article to join it
 */
public record ClusterSettings(Duration window, double threshold) {

  public static final ClusterSettings DEFAULTS = new ClusterSettings(Duration.ofHours(48), 0.20);

  @JsonCreator
  static ClusterSettings fromYaml(
      @JsonProperty("window_hours") Integer windowHours,
      @JsonProperty("threshold") Double threshold) {
    return new ClusterSettings(
        windowHours != null ? Duration.ofHours(windowHours) : DEFAULTS.window,
        threshold != null ? threshold : DEFAULTS.threshold);
  }

  public ClusterSettings {
    if (window.toHours() < 1 || window.toDays() > 30) {
      throw new IllegalArgumentException("window_hours must be between 1 and 720");
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be between 0 and 1 (exclusive)");
    }
  }
}
