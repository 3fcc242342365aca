package dev.winnow.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * How articles are folded into stories.
 *
 * @param window articles further apart in published time than this are never compared
 * @param threshold similarity (0..1) an article needs with a young story (fewer than five articles)
 *     to join it; a story with more articles is well known, and half as much suffices
 * @param storySpan a story covers at most this much time from its first to its last article:
 *     coverage after one news cycle is a follow-up, a new story
 */
public record ClusterSettings(Duration window, double threshold, Duration storySpan) {

  public static final ClusterSettings DEFAULTS =
      new ClusterSettings(Duration.ofHours(48), 0.28, Duration.ofHours(24));

  @JsonCreator
  static ClusterSettings fromYaml(
      @JsonProperty("window_hours") Integer windowHours,
      @JsonProperty("threshold") Double threshold,
      @JsonProperty("story_hours") Integer storyHours) {
    return new ClusterSettings(
        windowHours != null ? Duration.ofHours(windowHours) : DEFAULTS.window,
        threshold != null ? threshold : DEFAULTS.threshold,
        storyHours != null ? Duration.ofHours(storyHours) : DEFAULTS.storySpan);
  }

  public ClusterSettings {
    if (window.toHours() < 1 || window.toDays() > 30) {
      throw new IllegalArgumentException("window_hours must be between 1 and 720");
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be between 0 and 1 (exclusive)");
    }
    if (storySpan.toHours() < 1 || storySpan.compareTo(window) > 0) {
      throw new IllegalArgumentException("story_hours must be between 1 and window_hours");
    }
  }
}
