package dev.winnow.feed;

/**
 * Linear passes over a feed's text before it is parsed: no regular expression with backtracking
 * runs over a whole untrusted document, so the time to read a feed grows with its size and nothing
 * else.
 */
final class XmlText {
  private static final String DOCTYPE = "<!DOCTYPE";

  private XmlText() {}

  /**
   * Drops the characters XML 1.0 does not allow (§2.2: C0 controls other than tab, line feed and
   * carriage return; U+FFFE, U+FFFF; unpaired surrogates). One such character makes a whole feed
   * not well-formed, yet it is almost always a stray byte inside one entry's text: dropped, the
   * entry and the feed survive, as in browsers' feed readers.
   */
  static String withoutInvalidCharacters(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      boolean valid = pair || isAllowed(c);
      if (!valid && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null && valid) {
        out.append(c);
        if (pair) {
          out.append(text.charAt(i + 1));
        }
      }
      if (pair) {
        i++;
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isAllowed(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return !Character.isSurrogate(c) && c != '\ufffe' && c != '\uffff';
  }

  /**
   * Removes every DOCTYPE declaration with its internal subset ({@code <!DOCTYPE x [ … ]>}), never
   * reading it, so its entities are never expanded. One forward scan: a declaration whose subset
   * never closes stays (the parser then refuses it), and no later one is searched for a close that
   * the first search already showed is not there.
   */
  static String withoutDoctypes(String xml) {
    StringBuilder out = new StringBuilder(xml.length());
    int copied = 0;
    int stop = -1; // the first '[' or '>' after the last declaration's name, reused while ahead
    boolean subsetsClose = true;
    for (int at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', at + 1)) {
      if (!xml.regionMatches(true, at, DOCTYPE, 0, DOCTYPE.length())) {
        continue;
      }
      int from = at + DOCTYPE.length();
      if (stop < from) {
        stop = firstOf(xml, from);
      }
      if (stop < 0) {
        break;
      }
      int end = xml.charAt(stop) == '>' ? stop + 1 : -1;
      if (end < 0 && subsetsClose) {
        end = endOfSubset(xml, stop + 1);
        subsetsClose = end >= 0;
      }
      if (end > 0) {
        out.append(xml, copied, at);
        copied = end;
        at = end - 1;
      }
    }
    return copied == 0 ? xml : out.append(xml, copied, xml.length()).toString();
  }

  private static int firstOf(String xml, int from) {
    for (int i = from; i < xml.length(); i++) {
      char c = xml.charAt(i);
      if (c == '[' || c == '>') {
        return i;
      }
    }
    return -1;
  }

  /** Just past the first "]" followed, after white space, by ">"; -1 when there is none. */
  private static int endOfSubset(String xml, int from) {
    for (int close = xml.indexOf(']', from); close >= 0; close = xml.indexOf(']', close + 1)) {
      int i = close + 1;
      while (i < xml.length() && Character.isWhitespace(xml.charAt(i))) {
        i++;
      }
      if (i < xml.length() && xml.charAt(i) == '>') {
        return i + 1;
      }
    }
    return -1;
  }
}
