package dev.winnow.cluster;

import java.time.Duration;
import java.time.Instant;

/** A story's place in time: how far an article is from it, and what still fits in it. */
final class StoryTime {
  private static final int SAME_EVENT_HOURS = 8;
  private static final double DECAY_HOURS = 12;

  private StoryTime() {}

  /** Whether the story, extended to cover [from, to], still spans at most {@code span}. */
  static boolean fits(StoryProfile story, Instant from, Instant to, Duration span) {
    Instant first = from.isBefore(story.first()) ? from : story.first();
    Instant last = to.isAfter(story.last()) ? to : story.last();
    return Duration.between(first, last).compareTo(span) <= 0;
  }

  /**
   * Full weight within {@value #SAME_EVENT_HOURS} hours of the story's span, then halving about
   * every 8 hours (e-folding {@value #DECAY_HOURS} h): outlets report one event within hours, while
   * the same people's next event comes a day or more later (a follow-up is a new story), so a later
   * article must say much more alike to join.
   */
  static double decay(StoryProfile story, Instant at) {
    double hours = hoursFrom(story, at);
    return hours <= SAME_EVENT_HOURS ? 1 : Math.exp(-(hours - SAME_EVENT_HOURS) / DECAY_HOURS);
  }

  static long hoursFrom(StoryProfile story, Instant at) {
    if (!at.isBefore(story.first()) && !at.isAfter(story.last())) {
      return 0;
    }
    Instant edge = at.isBefore(story.first()) ? story.first() : story.last();
    return Math.abs(Duration.between(edge, at).toHours());
  }
}
