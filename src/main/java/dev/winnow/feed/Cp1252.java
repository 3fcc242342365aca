package dev.winnow.feed;

import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * C1 control characters (U+0080–U+009F) in feed text, raw or as numeric references such as
 * "&amp;#146;", are windows-1252 bytes mislabelled as Latin-1 or Unicode: curly quotes, dashes, the
 * euro sign. No feed means the control characters, so they become what the publisher typed.
 */
final class Cp1252 {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern C1 =
      Pattern.compile("[\\u0080-\\u009f]|&#(1[2-5][0-9]);|&#[xX]([89][0-9a-fA-F]);");

  private Cp1252() {}

  static String repair(String text) {
    Matcher m = C1.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    do {
      int code;
      if (m.group(1) != null) {
        code = Integer.parseInt(m.group(1));
      } else if (m.group(2) != null) {
        code = Integer.parseInt(m.group(2), 16);
      } else {
        code = m.group().charAt(0);
      }
      String replacement =
          code > 159 ? m.group() : new String(new byte[] {(byte) code}, WINDOWS_1252);
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }
}
