package dev.winnow.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as feeds write them: RFC 822 and its common breakages (no seconds, two-digit years, full
 * month names, missing commas, North American and European zone names), W3C-DTF and ISO 8601
 * (reduced, ordinal and two-digit-year forms, a space for the T), asctime, and a few localized
 * forms seen in the wild. A date with an impossible field (hour 25, day 99, offset +99:99) is
 * rejected rather than rolled over; a date with no zone is taken as UTC.
 */
public final class FeedDates {
  private FeedDates() {}

  /** The instant the text names, or empty when it names none. */
  public static Optional<Instant> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String s = LocalizedDates.toEnglish(text.strip().replaceAll("\\s+", " "));
    try {
      for (DateForm form : DateForm.values()) {
        Optional<Instant> parsed = form.parse(s);
        if (parsed.isPresent()) {
          return parsed;
        }
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty(); // impossible field values: rejected, never rolled over
    }
    return Optional.empty();
  }

  static Instant at(LocalDate date, LocalTime time, ZoneOffset offset) {
    return LocalDateTime.of(date, time).toInstant(offset);
  }

  static int year(String digits) {
    int y = Integer.parseInt(digits);
    if (digits.length() == 2) {
      return y < 70 ? 2000 + y : 1900 + y; // RFC 2822 §4.3
    }
    return y;
  }

  static Optional<Integer> month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    return key.length() < 3
        ? Optional.empty()
        : Optional.ofNullable(MONTHS.get(key.substring(0, 3)));
  }

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  static Matcher match(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.matches() ? m : null;
  }
}
