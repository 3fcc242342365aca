package dev.winnow.cluster;

import java.time.Duration;
import java.time.Instant;

/**
 * Time as evidence: how far an article is from a story's nearest members, and what that is worth.
 * The gap counts, not the story's span: coverage of one event goes on for days as long as outlets
 * keep reporting it, while the same people's next event (a follow-up, an apology two days later)
 * comes after a pause and must read much more alike to join.
 */
enum StoryTime {
  /**
   * A headline alone follows a story through one news cycle: headlines of one subject (a market, a
   * game's launch) share their words while each day brings another event. Halving about every 8 h.
   */
  HEADLINE(12, Duration.ofHours(24)),
  /** Full texts say who and what: halving about every 17 h, for as long as the safety bound. */
  FULL_TEXT(24, null);

  /** Full weight within this many hours of the story's nearest member. */
  private static final int SAME_EVENT_HOURS = 8;

  private final double decayHours;
  private final Duration span;

  StoryTime(double decayHours, Duration span) {
    this.decayHours = decayHours;
    this.span = span;
  }

  static StoryTime of(boolean headlineOnly) {
    return headlineOnly ? HEADLINE : FULL_TEXT;
  }

  /** The longest a story may span for this kind of evidence, within the configured safety bound. */
  Duration span(Duration safetyBound) {
    return span != null && span.compareTo(safetyBound) < 0 ? span : safetyBound;
  }

  /** Whether the story, extended to cover [from, to], still spans at most {@code span}. */
  static boolean fits(StoryProfile story, Instant from, Instant to, Duration span) {
    Instant first = from.isBefore(story.first()) ? from : story.first();
    Instant last = to.isAfter(story.last()) ? to : story.last();
    return Duration.between(first, last).compareTo(span) <= 0;
  }

  /**
   * Full weight within {@value #SAME_EVENT_HOURS} hours of the story's members, then decaying
   * exponentially with the gap: outlets report one event within hours of each other.
   */
  double decay(StoryProfile story, Instant at) {
    return decay(hoursFrom(story, at));
  }

  /** The same for two stories, by the gap between their spans (none when they overlap). */
  double decay(StoryProfile a, StoryProfile b) {
    Instant gapStart = a.last().isBefore(b.last()) ? a.last() : b.last();
    Instant gapEnd = a.first().isAfter(b.first()) ? a.first() : b.first();
    return gapEnd.isAfter(gapStart) ? decay(Duration.between(gapStart, gapEnd).toHours()) : 1;
  }

  private double decay(double hours) {
    return hours <= SAME_EVENT_HOURS ? 1 : Math.exp(-(hours - SAME_EVENT_HOURS) / decayHours);
  }

  /** Hours from the story's nearest member: articles arrive in time order, so from its edge. */
  static long hoursFrom(StoryProfile story, Instant at) {
    if (!at.isBefore(story.first()) && !at.isAfter(story.last())) {
      return 0;
    }
    Instant edge = at.isBefore(story.first()) ? story.first() : story.last();
    return Math.abs(Duration.between(edge, at).toHours());
  }
}
