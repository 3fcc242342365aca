package dev.winnow.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConditionalTest {
  private static final Rendered FEED =
      new Rendered(
          new byte[0],
          new byte[0],
          "\"abc-12\"",
          "text/plain",
          Instant.parse("2026-05-04T12:00:00.750Z"));

  @Test
  void ifNoneMatchComparesWeaklyAgainstAnyListedTagOrStar() {
    assertTrue(Conditional.notModified("\"abc-12\"", null, FEED));
    assertTrue(Conditional.notModified("W/\"abc-12\"", null, FEED));
    assertTrue(Conditional.notModified("\"zzz\", W/\"abc-12\"", null, FEED));
    assertTrue(Conditional.notModified("*", null, FEED));
    assertFalse(Conditional.notModified("\"zzz\", \"yyy\"", null, FEED));
    assertFalse(Conditional.notModified("abc-12", null, FEED), "an unquoted tag is no tag");
  }

  @Test
  void ifModifiedSinceCountsOnlyWithoutIfNoneMatchAndOnlyWhenItIsADate() {
    assertTrue(Conditional.notModified(null, "Mon, 04 May 2026 12:00:00 GMT", FEED));
    assertTrue(Conditional.notModified(null, "Tue, 05 May 2026 08:00:00 GMT", FEED));
    assertFalse(Conditional.notModified(null, "Mon, 04 May 2026 11:59:59 GMT", FEED));
    assertFalse(Conditional.notModified(null, "yesterday", FEED));
    assertFalse(Conditional.notModified("\"zzz\"", "Tue, 05 May 2026 08:00:00 GMT", FEED));
  }

  @Test
  void gzipIsChosenOnlyWhenItsQValueIsAboveZero() {
    assertTrue(Conditional.acceptsGzip("gzip, deflate, br"));
    assertTrue(Conditional.acceptsGzip("br;q=1.0, gzip;q=0.1"));
    assertTrue(Conditional.acceptsGzip("*;q=0.5"));
    assertTrue(Conditional.acceptsGzip("x-gzip"));
    assertFalse(Conditional.acceptsGzip("gzip;q=0"));
    assertFalse(Conditional.acceptsGzip("gzip;q=0, *;q=1"), "named beats the wildcard");
    assertFalse(Conditional.acceptsGzip("identity"));
    assertFalse(Conditional.acceptsGzip(null));
  }

  @Test
  void httpDatesAreSentAsImfFixdate() {
    assertTrue(
        Conditional.httpDate(Instant.parse("2026-05-04T12:00:00Z"))
            .equals("Mon, 04 May 2026 12:00:00 GMT"));
  }
}
