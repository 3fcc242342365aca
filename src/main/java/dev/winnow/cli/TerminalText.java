package dev.winnow.cli;

/**
 * Text from feeds made safe to print on a terminal: C0 and C1 control characters (ECMA-48: ESC
 * starts sequences that move the cursor, retitle the window or rewrite the screen; CSI is U+009B)
 * and bidirectional controls (Unicode UAX #9: they reorder what is printed after them) are removed,
 * and line breaks become spaces, so one stored title prints as one line of plain text.
 */
final class TerminalText {
  private TerminalText() {}

  /** The value's text, or "-" for an absent value (an article without a link). */
  static String shown(Object value) {
    if (value == null) {
      return "-";
    }
    String text = value.toString();
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (!isControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A search passage (HTML: escaped text, matches in {@code <mark>}) as terminal text: the matches
   * bold on a terminal (SGR 1, ECMA-48), plain where output is piped; entities decoded after the
   * text is made safe, so a stored passage cannot smuggle in escape codes.
   */
  static String passage(String html, boolean terminal) {
    String safe = shown(html == null ? "" : html);
    String marked =
        terminal
            ? safe.replace("<mark>", "\u001b[1m").replace("</mark>", "\u001b[0m")
            : safe.replace("<mark>", "").replace("</mark>", "");
    return marked
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
  }

  private static boolean isControl(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e'
        || c == '\u200f'
        || c == '\u061c';
  }
}
