package dev.winnow.cluster;

import java.time.Instant;
import java.util.List;

/**
 * How an article compares with one story: against its centroid, against its nearest member, and how
 * far apart in time.
 */
record StoryMatch(
    StoryProfile story,
    Candidate nearest,
    double centroid,
    double member,
    double titles,
    double decay,
    long hours) {

  /** A nearest member this close is a syndicated copy or a light rewrite, whatever the centroid. */
  private static final double NEAR_COPY = 0.60;

  static StoryMatch of(Candidate self, Candidate nearest, StoryProfile story, Instant at) {
    return new StoryMatch(
        story,
        nearest,
        StoryClusterer.score(
            self.titleTerms(), self.bodyTerms(), story.titleTerms(), story.bodyTerms()),
        StoryClusterer.score(
            self.titleTerms(), self.bodyTerms(), nearest.titleTerms(), nearest.bodyTerms()),
        Similarity.cosine(self.titleTerms(), story.titleTerms()),
        StoryTime.decay(story, at),
        StoryTime.hoursFrom(story, at));
  }

  double combined() {
    return Math.max(centroid, member >= NEAR_COPY ? member : 0) * decay;
  }

  /** Headlines of one event share words; an article sharing none needs strong body evidence. */
  boolean passes(double threshold) {
    return combined() >= threshold && (titles > 0 || combined() >= 2 * threshold);
  }

  List<String> signals() {
    return List.of(
        StoryClusterer.format("story", centroid),
        StoryClusterer.format("nearest", member)
            + " ("
            + nearest.articleId()
            + ", "
            + nearest.outlet()
            + ")",
        StoryClusterer.format("titles", titles),
        hours + "h from the story");
  }
}
