package dev.winnow.cluster;

/**
 * The caps on what an article may hold, and the neutralizing of bidirectional controls. A feed or
 * page can send text of any size and any character; what winnow stores and serves must not grow
 * with it (a 1 MB headline listed once per outlet would make the merged feed hundreds of MB), and a
 * right-to-left override in a headline must not reorder what a reader sees around it (the "Trojan
 * Source" trick, CVE-2021-42574). The caps sit far above what real outlets publish: of the 3,936
 * real headlines in the project's benchmark corpora the longest has 199 characters, and of their
 * 587 real article bodies the longest has 20,477.
 */
public final class BoundedText {
  /** Headlines: real ones are under 200 characters; longer ones are cut at a word. */
  public static final int TITLE_CHARS = 300;

  /** Summaries: the pipeline makes them at most 300 characters; stored ones never exceed this. */
  public static final int SUMMARY_CHARS = 1_000;

  /** Body text: ten times the longest real article measured (about 30,000 words). */
  public static final int TEXT_CHARS = 200_000;

  /** Body HTML: the text's cap plus room for its markup. */
  public static final int HTML_CHARS = 2 * TEXT_CHARS;

  /** Author names and bylines. */
  public static final int NAME_CHARS = 200;

  /** Category labels an article or story keeps: real entries carry a handful. */
  public static final int LABELS = 20;

  private BoundedText() {}

  /**
   * Removes the explicit bidirectional embeddings, overrides and isolates (U+202A–U+202E,
   * U+2066–U+2069; Unicode UAX #9 §2.1–2.2): they are invisible and only reorder what surrounds
   * them. Implicit marks (U+200E, U+200F) stay, as right-to-left text needs them.
   */
  public static String withoutBidiControls(String text) {
    if (text == null) {
      return null;
    }
    int first = firstBidiControl(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isBidiControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int firstBidiControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isBidiControl(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  static boolean isBidiControl(char c) {
    return (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * The text cut to at most {@code max} characters, at the last break (white space) before the cap
   * when there is one in its last quarter, marked with an ellipsis; never between the two halves of
   * a surrogate pair.
   */
  public static String capped(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int cut = max - 1;
    int space = lastWhitespace(text, cut);
    if (space > max * 3 / 4) {
      cut = space;
    } else if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut).stripTrailing() + "…";
  }

  private static int lastWhitespace(String text, int before) {
    for (int i = before; i > 0; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Labels (categories) stripped, each capped at {@link #NAME_CHARS}, each once (case aside), at
   * most {@link #LABELS}; null reads as none (records stored before they had labels).
   */
  public static java.util.List<String> labels(java.util.List<String> labels) {
    if (labels == null) {
      return java.util.List.of();
    }
    java.util.Map<String, String> kept = new java.util.LinkedHashMap<>();
    for (String label : labels) {
      String clean = label == null ? "" : capped(withoutBidiControls(label.strip()), NAME_CHARS);
      if (!clean.isEmpty() && kept.size() < LABELS) {
        kept.putIfAbsent(clean.toLowerCase(java.util.Locale.ROOT), clean);
      }
    }
    return java.util.List.copyOf(kept.values());
  }

  /** HTML cut at the last line break before the cap: the extractor ends every block with one. */
  public static String cappedHtml(String html, int max) {
    if (html == null || html.length() <= max) {
      return html;
    }
    int cut = html.lastIndexOf('\n', max);
    return html.substring(0, cut > 0 ? cut + 1 : 0);
  }
}
