package dev.winnow.feed;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites localized dates seen in feeds into forms {@link DateForm} reads: Greek day and month
 * abbreviations, Hungarian month names, and Korean layouts (which imply Korea's +09:00).
 */
final class LocalizedDates {
  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("Κυρ", "Sun"),
          Map.entry("Δευ", "Mon"),
          Map.entry("Τρι", "Tue"),
          Map.entry("Τετ", "Wed"),
          Map.entry("Πεμ", "Thu"),
          Map.entry("Παρ", "Fri"),
          Map.entry("Σαβ", "Sat"),
          Map.entry("Ιαν", "Jan"),
          Map.entry("Φεβ", "Feb"),
          Map.entry("Μάρ", "Mar"),
          Map.entry("Μαρ", "Mar"),
          Map.entry("Απρ", "Apr"),
          Map.entry("Μάι", "May"),
          Map.entry("Μαϊ", "May"),
          Map.entry("Μαι", "May"),
          Map.entry("Ιούν", "Jun"),
          Map.entry("Ιουν", "Jun"),
          Map.entry("Ιούλ", "Jul"),
          Map.entry("Ιουλ", "Jul"),
          Map.entry("Αύγ", "Aug"),
          Map.entry("Αυγ", "Aug"),
          Map.entry("Σεπ", "Sep"),
          Map.entry("Οκτ", "Oct"),
          Map.entry("Νοέ", "Nov"),
          Map.entry("Νοε", "Nov"),
          Map.entry("Δεκ", "Dec"),
          Map.entry("január", "01"),
          Map.entry("február", "02"),
          Map.entry("március", "03"),
          Map.entry("április", "04"),
          Map.entry("május", "05"),
          Map.entry("június", "06"),
          Map.entry("július", "07"),
          Map.entry("augusztus", "08"),
          Map.entry("szeptember", "09"),
          Map.entry("október", "10"),
          Map.entry("november", "11"),
          Map.entry("december", "12"));

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** 2004년 05월 28일 01:31:15 */
  private static final Pattern KOREAN =
      Pattern.compile("(\\d{4})년 (\\d{1,2})월 (\\d{1,2})일 (\\d{1,2}):(\\d{2}):(\\d{2})");

  /** 2004-05-25 오후 11:23:17 (오전 = a.m., 오후 = p.m.) */
  private static final Pattern KOREAN_MERIDIEM =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}) (오전|오후) (\\d{1,2}):(\\d{2}):(\\d{2})");

  private LocalizedDates() {}

  static String toEnglish(String date) {
    Matcher k = KOREAN.matcher(date);
    if (k.matches()) {
      return String.format(
          "%s-%02d-%02dT%02d:%s:%s+09:00",
          k.group(1),
          Integer.parseInt(k.group(2)),
          Integer.parseInt(k.group(3)),
          Integer.parseInt(k.group(4)),
          k.group(5),
          k.group(6));
    }
    Matcher m = KOREAN_MERIDIEM.matcher(date);
    if (m.matches()) {
      int hour = Integer.parseInt(m.group(5)) % 12 + (m.group(4).equals("오후") ? 12 : 0);
      return String.format(
          "%s-%s-%sT%02d:%s:%s+09:00",
          m.group(1), m.group(2), m.group(3), hour, m.group(6), m.group(7));
    }
    return WORD.matcher(date).replaceAll(w -> WORDS.getOrDefault(w.group(), w.group()));
  }
}
