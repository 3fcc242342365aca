package dev.winnow.cluster;

import java.util.List;

/**
 * Which story an article joins and why.
 *
 * @param matchedArticleId the article it was found most similar to, or null for a new story
 * @param score similarity with that article (0..1), or 0 for a new story
 * @param signals the evidence that fired, e.g. "title 0.62", "body 0.48", "3h apart"
 */
public record Assignment(
    String storyId, String matchedArticleId, double score, List<String> signals) {

  public Assignment {
    signals = List.copyOf(signals);
  }

  public boolean startsStory() {
    return matchedArticleId == null;
  }
}
