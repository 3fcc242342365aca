package dev.winnow.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tue, 03 Mar 2026 08:15:00 GMT | 2026-03-03T08:15:00Z",
        "Tue,3 Mar 2026 08:15:00 +0100 | 2026-03-03T07:15:00Z",
        "Tue, 03 March 2026 08:15 PT | 2026-03-03T16:15:00Z",
        "03 Mar 26 08:15:00 EST | 2026-03-03T13:15:00Z",
        "Tue, 03 Mar, 2026 08:15:00 UTC | 2026-03-03T08:15:00Z",
        "Tue, 03 Mar 2026 | 2026-03-03T00:00:00Z",
        "Tue, 03 Mar 2026 08:15:00 GMT+02:30 | 2026-03-03T05:45:00Z",
        "Tue Mar  3 08:15:00 2026 | 2026-03-03T08:15:00Z",
        "Tue Mar 03 2026 08:15:00 -0500 | 2026-03-03T13:15:00Z",
        "2026-03-03T08:15:00.250+01:00 | 2026-03-03T07:15:00Z",
        "2026-03-03 08:15:00 | 2026-03-03T08:15:00Z",
        "2026-03 | 2026-03-01T00:00:00Z",
        "260303 | 2026-03-03T00:00:00Z",
        "Tue, 2026/03/03 08:15:00 CET | 2026-03-03T07:15:00Z",
        "2026년 03월 03일 17:15:00 | 2026-03-03T08:15:00Z",
        "Τρι, 03 Μαρ 2026 08:15:00 GMT | 2026-03-03T08:15:00Z",
        "2026-március-03T08:15+00:00 | 2026-03-03T08:15:00Z"
      })
  void readsTheDateFormsFeedsWrite(String text, String expected) {
    assertEquals(Instant.parse(expected), FeedDates.parse(text).orElseThrow());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "Tue, 31 Feb 2026 08:15:00 GMT",
        "Tue, 03 Mar 2026 24:15:00 GMT",
        "2026-03-03T08:75:00Z",
        "2026-03-03T08:15:00+25:00",
        "Tue, 03 Foo 2026 08:15:00 GMT",
        "2026-03-03T08:15:00Zgarbage",
        "soon",
        ""
      })
  void rejectsImpossibleDatesInsteadOfRollingThemOver(String text) {
    assertTrue(FeedDates.parse(text).isEmpty());
  }
}
