package dev.winnow.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.config.FeedSource;
import dev.winnow.config.PollSettings;
import dev.winnow.feed.PollingHints;
import dev.winnow.store.FeedState;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTest {
  private static final Instant POLLED = Instant.parse("2026-06-01T10:00:00Z"); // a Monday
  private static final FeedSource FEED =
      FeedSource.of("Daily Buzz", URI.create("https://buzz.example/rss"), "");
  private final Schedule schedule =
      new Schedule(
          new PollSettings(Duration.ofMinutes(15), 4, Duration.ofMinutes(5), Duration.ofHours(6)),
          InstantSource.fixed(POLLED));

  private static FeedState polled(int errors, PollingHints hints) {
    return new FeedState(
        "Daily Buzz", null, null, POLLED, POLLED, "", errors, null, null, null, null, hints);
  }

  private static long minutesUntil(Instant next) {
    return Duration.between(POLLED, next).toMinutes();
  }

  @ParameterizedTest(name = "ttl {0} min -> waits {1} to {2} min")
  @CsvSource({"0, 15, 16", "60, 60, 66", "600, 360, 396"})
  void waitsTheLongerOfIntervalAndTtlWithinTheCeilingPlusJitter(int ttl, long min, long max) {
    var hints = new PollingHints(ttl == 0 ? null : Duration.ofMinutes(ttl), Set.of(), Set.of());
    long waited = minutesUntil(schedule.nextDue(polled(0, hints), FEED));
    assertTrue(waited >= min && waited <= max, "waited " + waited);
  }

  @Test
  void asksASlowFeedAboutFourTimesPerTypicalGapBetweenItsEntries() {
    var weekly = new PollingHints(null, Set.of(), Set.of(), Duration.ofHours(8));
    long waited = minutesUntil(schedule.nextDue(polled(0, weekly), FEED));
    assertTrue(waited >= 120 && waited <= 132, "waited " + waited);
  }

  @Test
  void measuresTheTypicalGapAsTheMedianOfRecentEntries() {
    Instant t = Instant.parse("2026-06-01T00:00:00Z");
    var published =
        java.util.List.of(
            t,
            t.plus(Duration.ofHours(2)),
            t.plus(Duration.ofHours(4)),
            t.plus(Duration.ofHours(30)));
    assertEquals(Duration.ofHours(2), PollingHints.typicalGap(published));
    assertEquals(null, PollingHints.typicalGap(java.util.List.of(t, t)));
  }

  @Test
  void doublesTheWaitForEachConsecutiveError() {
    long once = minutesUntil(schedule.nextDue(polled(1, PollingHints.NONE), FEED));
    long thrice = minutesUntil(schedule.nextDue(polled(3, PollingHints.NONE), FEED));
    assertEquals(4, Math.round((double) thrice / once)); // 2x after one error, 8x after three
  }

  @Test
  void movesADueTimeOutOfSkippedHoursAndDays() {
    var hints = new PollingHints(null, Set.of(10, 11), Set.of());
    assertEquals(Instant.parse("2026-06-01T12:00:00Z"), schedule.nextDue(polled(0, hints), FEED));
    var monday = new PollingHints(null, Set.of(), Set.of(DayOfWeek.MONDAY));
    assertEquals(Instant.parse("2026-06-02T00:00:00Z"), schedule.nextDue(polled(0, monday), FEED));
  }

  @Test
  void neverSchedulesAFeedThatIsGone() {
    FeedState gone =
        new FeedState(
            "Daily Buzz", null, null, POLLED, POLLED, "", 1, null, null, FEED.url(), null, null);
    assertEquals(Instant.MAX, schedule.nextDue(gone, FEED));
  }
}
