package dev.winnow.fetch;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. */
final class RetryAfter {
  private static final long MAX_SECONDS = 7L * 24 * 3600;

  private RetryAfter() {}

  /** When to come back, or null if the header is absent or unreadable. */
  static Instant parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.chars().allMatch(Character::isDigit)) {
      long seconds = v.length() > 9 ? MAX_SECONDS : Math.min(Long.parseLong(v), MAX_SECONDS);
      return now.plusSeconds(seconds);
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Instant cap = now.plusSeconds(MAX_SECONDS);
      return at.isAfter(cap) ? cap : at;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
