package dev.winnow.fetch;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** How long a response says it stays fresh (RFC 9111 §4.2.1): max-age, else Expires − Date. */
final class Freshness {
  private Freshness() {}

  /** The freshness lifetime, or null when the response gives none. */
  static Duration of(HttpHeaders headers) {
    for (String directive : headers.firstValue("Cache-Control").orElse("").split(",")) {
      String d = directive.strip().toLowerCase(Locale.ROOT);
      if (d.startsWith("max-age=")) {
        try {
          return Duration.ofSeconds(Math.max(0, Long.parseLong(d.substring(8).replace("\"", ""))));
        } catch (NumberFormatException ignored) {
          return null;
        }
      }
    }
    var expires = headers.firstValue("Expires");
    var date = headers.firstValue("Date");
    if (expires.isPresent() && date.isPresent()) {
      try {
        Duration d = Duration.between(http(date.get()), http(expires.get()));
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException ignored) {
        return null; // RFC 9111 §5.3: an invalid Expires means "already expired"
      }
    }
    return null;
  }

  private static ZonedDateTime http(String value) {
    return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
  }
}
