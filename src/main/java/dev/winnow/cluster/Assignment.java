package dev.winnow.cluster;

import java.util.List;

/**
 * Which story an article joins and why.
 *
 * @param startsStory whether the article found no story and starts its own
 * @param score the evidence it joined with (0..1), or 0 for a new story
 * @param signals what fired, e.g. "story 0.41", "nearest 0.62 (a1b2…)", "title 0.50", "3h apart"
 */
public record Assignment(String storyId, boolean startsStory, double score, List<String> signals) {

  public Assignment {
    signals = List.copyOf(signals);
  }
}
