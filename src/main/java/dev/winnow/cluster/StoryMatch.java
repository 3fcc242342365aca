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
        who(self, story),
        time.decay(story, at),
        StoryTime.hoursFrom(story, at));
  }

  double combined() {
    double asCopy = Math.max(member >= NEAR_COPY ? member : 0, copy >= SAME_TEXT ? copy : 0);
    return Math.max(evidence(), asCopy) * decay;
  }

  /**
   * Who an event happened to outweighs what kind of event it was: two celebrities entering rehab
   * share every word but the names. The word evidence counts in full where the participants agree
   * at {@value #AGREEING} or more (one event's reports name its people and places, each adding a
   * few of its own), and down to {@value #DISAGREEING} of itself where they share none. A headline
   * alone names no one, and is judged by its words.
   */
  private static final double AGREEING = 0.5;

  private static final double DISAGREEING = 0.5;

  /** The evidence that two texts report one event: their word score, weighed by who they name. */
  static double evidence(double words, double who) {
    if (Double.isNaN(who)) {
      return words;
    }
    return words * (DISAGREEING + (1 - DISAGREEING) * Math.min(1, who / AGREEING));
  }

  /** Cosine of the participants both name; NaN where either names none. */
  static double who(TermVectors a, TermVectors b) {
    return a.nameTerms().isEmpty() || b.nameTerms().isEmpty()
        ? Double.NaN
        : Similarity.cosine(a.nameTerms(), a.nameNorm(), b.nameTerms(), b.nameNorm());
  }

  private double evidence() {
    return evidence(centroid, who);
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
