package dev.winnow.cluster;

import java.util.List;

/**
 * Which story an article joins and why.
 *
 * @param startsStory whether the article found no story and starts its own
 * @param score the evidence it joined with (0..1), or 0 for a new story
 * @param signals what fired, e.g. "story 0.41", "nearest 0.62 (a1b2…)", "title 0.50", "3h apart"
 * @param merged stories the article bridges into this one: their articles move here and their ids
 *     keep resolving to it
 */
public record Assignment(
    String storyId, boolean startsStory, double score, List<String> signals, List<String> merged) {

  public Assignment {
    signals = List.copyOf(signals);
    merged = List.copyOf(merged);
  }

  public Assignment(String storyId, boolean startsStory, double score, List<String> signals) {
    this(storyId, startsStory, score, signals, List.of());
  }

  /** Why the article is in its story, as `winnow story` and the story page say it. */
  public String reason() {
    return startsStory
        ? "started the story"
        : String.format(
            java.util.Locale.ROOT, "joined with %.2f: %s", score, String.join(", ", signals));
  }
}
