package dev.winnow.cluster;

import java.time.Instant;
import java.util.Map;

/**
 * A story as the clusterer compares against it: the TF-IDF weights of its members' terms summed (a
 * centroid), so a new article is measured against everything the story has said, not against one
 * member; and the span of its members' published times.
 */
public record StoryProfile(
    String storyId,
    Map<String, Double> titleTerms,
    Map<String, Double> bodyTerms,
    int size,
    Instant first,
    Instant last) {

  public StoryProfile {
    titleTerms = Map.copyOf(titleTerms);
    bodyTerms = Map.copyOf(bodyTerms);
  }
}
