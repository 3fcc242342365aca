package dev.winnow.cluster;

import java.time.Instant;
import java.util.List;

/**
 * How an article compares with one story: against its centroid, against its nearest member, by the
 * participants both name (NaN where either names none), and how far apart in time.
 */
record StoryMatch(
    StoryProfile story,
    Candidate nearest,
    double centroid,
    double member,
    double copy,
    double titles,
    double who,
    double decay,
    long hours) {

  /** A nearest member this close is a syndicated copy or a light rewrite, whatever the centroid. */
  private static final double NEAR_COPY = 0.60;

  /**
   * Half the shingles shared (estimated from the MinHash signatures) is the same text, however its
   * headline and centroid read: a wire copy with a sentence cut or a credit line added keeps far
   * more, while separately written reports of one event share a quote or two at most.
   */
  private static final double SAME_TEXT = 0.50;

  static StoryMatch of(
      Candidate self, Candidate nearest, StoryProfile story, Instant at, StoryTime time) {
    return new StoryMatch(
        story,
        nearest,
        StoryClusterer.score(self, story),
        StoryClusterer.score(self, nearest),
        self.signature().resemblance(nearest.signature()),
        Similarity.cosine(
            self.titleTerms(), self.titleNorm(), story.titleTerms(), story.titleNorm()),
        self.nameTerms().isEmpty() || story.nameTerms().isEmpty()
            ? Double.NaN
            : Similarity.cosine(
                self.nameTerms(), self.nameNorm(), story.nameTerms(), story.nameNorm()),
        time.decay(story, at),
        StoryTime.hoursFrom(story, at));
  }

  double combined() {
    double asCopy = Math.max(member >= NEAR_COPY ? member : 0, copy >= SAME_TEXT ? copy : 0);
    return Math.max(evidence(), asCopy) * decay;
  }

  /**
   * Who an event happened to outweighs what kind of event it was: two celebrities entering rehab
   * share every word but the names. Where both sides name participants, their agreement is this
   * share of the evidence; a headline alone (no names) is judged by its words.
   */
  private static final double PARTICIPANTS = 0.3;

  private double evidence() {
    return Double.isNaN(who) ? centroid : (1 - PARTICIPANTS) * centroid + PARTICIPANTS * who;
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
        StoryClusterer.format("copy", copy),
        StoryClusterer.format("titles", titles),
        Double.isNaN(who) ? "participants unknown" : StoryClusterer.format("participants", who),
        hours + "h from the story's nearest member",
        StoryClusterer.format("time weight", decay));
  }
}
