package dev.winnow.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * How articles are folded into stories.
 *
 * @param window articles further apart in published time than this are never compared: a story
 *     whose nearest member is older has paused, and what comes next is a new story
 * @param threshold similarity (0..1) an article needs with a young story (fewer than five articles)
 *     to join it; a headline joining a story of five or more needs less (see StoryClusterer)
 * @param storySpan a safety bound, not a rule: no story spans more than this from its first to its
 *     last article (a headline-only article joins within one day, see StoryTime). Within it, the
 *     gap to the story's nearest member weighs the evidence.
 */
public record ClusterSettings(Duration window, double threshold, Duration storySpan) {

  public static final ClusterSettings DEFAULTS =
      new ClusterSettings(Duration.ofHours(72), 0.24, Duration.ofHours(168));

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
    if (storySpan.toHours() < 1 || storySpan.toDays() > 30) {
      throw new IllegalArgumentException("story_hours must be between 1 and 720");
    }
  }
}
