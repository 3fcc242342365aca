package dev.winnow.feed;

import static dev.winnow.feed.FeedDates.at;
import static dev.winnow.feed.FeedDates.match;
import static dev.winnow.feed.FeedDates.year;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date layouts {@link FeedDates} understands, tried in order. */
enum DateForm {
  /** RFC 822/2822: "Thu, 01 Jan 2004 19:48:21 GMT", with optional day name, seconds, time. */
  RFC822(
      "(?:[A-Za-z]+,? ?)?(\\d{1,2}) ([A-Za-z]+),? (\\d{2}|\\d{4})"
          + "(?: (\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?(?: (.+))?") {
    @Override
    Optional<Instant> from(Matcher m) {
      return instant(m.group(3), FeedDates.month(m.group(2)), m.group(1), m, 4, m.group(7));
    }
  },
  /** asctime and its JavaScript cousins: "Sun Jan 4 16:29:06 2004", "Sun Jul 15 ... +0000 2012". */
  ASCTIME("[A-Za-z]{3} ([A-Za-z]+) (\\d{1,2}) (\\d{1,2}):(\\d{2}):(\\d{2})(?: (\\S+))? (\\d{4})") {
    @Override
    Optional<Instant> from(Matcher m) {
      return instant(m.group(7), FeedDates.month(m.group(1)), m.group(2), m, 3, m.group(6));
    }
  },
  /** "Thu Aug 30 2012 17:26:16 +0200" (JavaScript's Date.toString). */
  DAY_MONTH_YEAR_TIME(
      "[A-Za-z]{3} ([A-Za-z]+) (\\d{1,2}) (\\d{4}) (\\d{1,2}):(\\d{2}):(\\d{2})(?: (\\S+))?") {
    @Override
    Optional<Instant> from(Matcher m) {
      return instant(m.group(3), FeedDates.month(m.group(1)), m.group(2), m, 4, m.group(7));
    }
  },
  /** Perforce: "Fri, 2006/09/15 08:19:53 EDT". */
  SLASHED(
      "(?:[A-Za-z]+,? )?(\\d{4})/(\\d{1,2})/(\\d{1,2}) (\\d{1,2}):(\\d{2}):(\\d{2})(?: (.+))?") {
    @Override
    Optional<Instant> from(Matcher m) {
      return instant(
          m.group(1), Optional.of(Integer.parseInt(m.group(2))), m.group(3), m, 4, m.group(7));
    }
  },
  /** W3C-DTF / ISO 8601 extended: "2003-12-31T10:14:55.1Z", "2003-12", a space for the T. */
  W3CDTF(
      "(\\d{4})(?:-(\\d{2,3})(?:-(\\d{2}))?)?"
          + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)? ?(Z|[+-]\\d{2}:?\\d{2})?") {
    @Override
    Optional<Instant> from(Matcher m) {
      int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      String day = m.group(3) == null ? "1" : m.group(3);
      return instant(m.group(1), Optional.of(month), day, m, 4, m.group(7));
    }
  },
  /** ISO 8601:1988 reduced forms with two-digit years: "031231", "03-12-31", "-0312", "-03-12". */
  ISO_TWO_DIGIT_YEAR("(?:(\\d{2})-?(\\d{2})-?(\\d{2})|-(\\d{2})-?(\\d{2}))") {
    @Override
    Optional<Instant> from(Matcher m) {
      if (m.group(1) != null) {
        LocalDate d =
            LocalDate.of(
                year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return Optional.of(at(d, LocalTime.MIDNIGHT, ZoneOffset.UTC));
      }
      LocalDate d = LocalDate.of(year(m.group(4)), Integer.parseInt(m.group(5)), 1);
      return Optional.of(at(d, LocalTime.MIDNIGHT, ZoneOffset.UTC));
    }
  };

  private final Pattern pattern;

  DateForm(String regex) {
    this.pattern = Pattern.compile(regex);
  }

  Optional<Instant> parse(String text) {
    Matcher m = match(pattern, text);
    return m == null ? Optional.empty() : from(m);
  }

  abstract Optional<Instant> from(Matcher m);

  /** Date parts, the time at groups [timeGroup, timeGroup + 2] (all optional), and a zone. */
  private static Optional<Instant> instant(
      String year, Optional<Integer> month, String day, Matcher m, int timeGroup, String zone) {
    Optional<ZoneOffset> offset = Zones.offset(zone);
    if (month.isEmpty() || offset.isEmpty()) {
      return Optional.empty();
    }
    LocalDate date = LocalDate.of(year(year), month.get(), Integer.parseInt(day));
    String h = m.group(timeGroup);
    String min = m.group(timeGroup + 1);
    String sec = m.group(timeGroup + 2);
    LocalTime time =
        h == null
            ? LocalTime.MIDNIGHT
            : LocalTime.of(
                Integer.parseInt(h),
                Integer.parseInt(min),
                sec == null ? 0 : Integer.parseInt(sec));
    return Optional.of(at(date, time, offset.get()));
  }
}
