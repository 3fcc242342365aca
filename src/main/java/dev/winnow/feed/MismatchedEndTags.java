package dev.winnow.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.input.JDOMParseException;

/**
 * An end tag that misspells its element ({@code <language>en-us</langauge>}) makes a feed not
 * well-formed (XML 1.0 §3, "Element Type Match"), though what it closes is plain; browsers' readers
 * recover. Where the parser names the element that should have ended, the end tag it stopped at is
 * rewritten to close it, a bounded number of times.
 */
final class MismatchedEndTags {
  /** No honest feed misspells more end tags than this; past it the feed stays refused. */
  static final int MAX_REPAIRS = 8;

  /** Xerces's message, as the JDK's parser words it. */
  private static final Pattern EXPECTED =
      Pattern.compile(
          "The element type \"([^\"]{1,128})\" must be terminated by the matching end-tag");

  private MismatchedEndTags() {}

  /**
   * The document with the end tag at the error's position closing the element the parser expected,
   * or null when the error is of another kind or the tag is not where the parser stopped.
   */
  static String mended(String xml, JDOMParseException error) {
    Matcher expected = EXPECTED.matcher(String.valueOf(error.getMessage()));
    if (!expected.find() || error.getLineNumber() < 1) {
      return null;
    }
    int at = offsetOf(xml, error.getLineNumber(), Math.max(1, error.getColumnNumber()));
    int open = at < 0 ? -1 : xml.lastIndexOf("</", Math.min(at, xml.length() - 1));
    int close = open < 0 ? -1 : xml.indexOf('>', open);
    if (close < 0 || close + 1 < at - 1) {
      return null;
    }
    return xml.substring(0, open) + "</" + expected.group(1) + ">" + xml.substring(close + 1);
  }

  /** The character offset of a 1-based line and column, or -1 past the end. */
  private static int offsetOf(String xml, int line, int column) {
    int offset = 0;
    for (int l = 1; l < line; l++) {
      offset = xml.indexOf('\n', offset) + 1;
      if (offset == 0) {
        return -1;
      }
    }
    return Math.min(xml.length(), offset + column - 1);
  }
}
