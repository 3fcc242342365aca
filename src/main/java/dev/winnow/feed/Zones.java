package dev.winnow.feed;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Time-zone designators in feed dates: numeric offsets, GMT±hh:mm, and the names feeds use. */
final class Zones {
  private static final Pattern NUMERIC = Pattern.compile("(?:GMT|UTC)?([+-])(\\d{1,2}):?(\\d{2})?");

  /** RFC 822 §5 names, the short North American forms, and central European ones. */
  private static final Map<String, Integer> HOURS =
      Map.ofEntries(
          Map.entry("UT", 0),
          Map.entry("UTC", 0),
          Map.entry("GMT", 0),
          Map.entry("Z", 0),
          Map.entry("ETC/GMT", 0),
          Map.entry("AST", -4),
          Map.entry("ADT", -3),
          Map.entry("AT", -4),
          Map.entry("EST", -5),
          Map.entry("EDT", -4),
          Map.entry("ET", -5),
          Map.entry("CST", -6),
          Map.entry("CDT", -5),
          Map.entry("CT", -6),
          Map.entry("MST", -7),
          Map.entry("MDT", -6),
          Map.entry("MT", -7),
          Map.entry("PST", -8),
          Map.entry("PDT", -7),
          Map.entry("PT", -8),
          Map.entry("CET", 1),
          Map.entry("MET", 1),
          Map.entry("CEST", 2),
          Map.entry("MEST", 2),
          Map.entry("BST", 1),
          Map.entry("IST", 1),
          Map.entry("EET", 2),
          Map.entry("EEST", 3),
          Map.entry("JST", 9),
          Map.entry("KST", 9));

  private Zones() {}

  /** The offset a designator names; no designator is UTC; an unknown one is empty. */
  static Optional<ZoneOffset> offset(String zone) {
    if (zone == null || zone.isBlank()) {
      return Optional.of(ZoneOffset.UTC);
    }
    String z = zone.strip().toUpperCase(Locale.ROOT);
    Integer hours = HOURS.get(z);
    if (hours != null) {
      return Optional.of(ZoneOffset.ofHours(hours));
    }
    Matcher m = NUMERIC.matcher(z);
    if (!m.matches()) {
      return Optional.empty();
    }
    int sign = m.group(1).equals("-") ? -1 : 1;
    int h = Integer.parseInt(m.group(2));
    int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return Optional.of(ZoneOffset.ofHoursMinutes(sign * h, sign * min)); // throws beyond ±18:00
  }
}
