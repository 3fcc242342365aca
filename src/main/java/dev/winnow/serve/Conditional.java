package dev.winnow.serve;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request headers that decide between 200, 304 and the encoding: If-None-Match (RFC 9110
 * §13.1.2), If-Modified-Since (§13.1.3) and Accept-Encoding (§12.5.3).
 */
final class Conditional {
  /** An entity tag: optionally weak, then an opaque quoted string (§8.8.3). */
  private static final Pattern ENTITY_TAG = Pattern.compile("\\s*(W/)?(\"[^\"]*\")\\s*(,|$)");

  private static final Pattern CODING =
      Pattern.compile("\\s*([A-Za-z0-9*_.-]+)\\s*(?:;\\s*q\\s*=\\s*([0-9.]+))?\\s*");

  private Conditional() {}

  /**
   * Whether the client's copy is current: If-None-Match, when sent, decides alone by weak
   * comparison against any listed tag or "*" (§13.1.2, §13.2.2); else If-Modified-Since, when it is
   * a valid date no earlier than the last modification (its second: HTTP dates have no finer).
   */
  static boolean notModified(String ifNoneMatch, String ifModifiedSince, Rendered r) {
    if (ifNoneMatch != null) {
      return matchesAny(ifNoneMatch, r.etag());
    }
    if (ifModifiedSince == null || r.lastModified() == null) {
      return false;
    }
    try {
      Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), HTTP_DATE).toInstant();
      return !r.lastModified().truncatedTo(ChronoUnit.SECONDS).isAfter(since);
    } catch (DateTimeParseException notADate) {
      return false; // an invalid date is ignored (§13.1.3)
    }
  }

  /** Weak comparison: the opaque tags equal, whether either is marked weak (§8.8.3.2). */
  static boolean matchesAny(String ifNoneMatch, String etag) {
    if (ifNoneMatch.strip().equals("*")) {
      return true;
    }
    String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
    Matcher m = ENTITY_TAG.matcher(ifNoneMatch);
    int at = 0;
    while (at < ifNoneMatch.length() && m.find(at) && m.start() == at) {
      if (m.group(2).equals(opaque)) {
        return true;
      }
      at = m.end();
    }
    return false;
  }

  /**
   * Whether gzip is acceptable: named (or as x-gzip), else covered by "*", with a q-value above
   * zero; no header means any coding is acceptable (§12.5.3) but identity is always safe, so none.
   */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    Double gzip = null;
    Double any = null;
    for (String part : acceptEncoding.split(",")) {
      Matcher m = CODING.matcher(part);
      if (!m.matches()) {
        continue;
      }
      String coding = m.group(1).toLowerCase(Locale.ROOT);
      double q = qValue(m.group(2));
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        gzip = q;
      } else if (coding.equals("*")) {
        any = q;
      }
    }
    double chosen = gzip != null ? gzip : any != null ? any : 0;
    return chosen > 0;
  }

  private static double qValue(String text) {
    if (text == null) {
      return 1;
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Reads IMF-fixdate and its one-digit-day variant (§5.6.7). */
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  /** IMF-fixdate, the form HTTP dates are sent in (§5.6.7): two-digit day, GMT. */
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  static String httpDate(Instant instant) {
    return IMF_FIXDATE.format(instant);
  }
}
