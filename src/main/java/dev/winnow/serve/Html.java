package dev.winnow.serve;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Escaping for HTML text and attribute values (HTML Living Standard §13.3), and a few pieces. */
final class Html {
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private Html() {}

  /** Text safe in element content and in quoted attribute values alike. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A link to a web address; any other scheme (javascript:, data:) is shown as text only. */
  static String link(URI url, String text) {
    if (!OutletList.isWebLink(url)) {
      return escape(text);
    }
    return "<a href=\"" + escape(url.toString()) + "\">" + escape(text) + "</a>";
  }

  /** A machine-readable time with a human one. */
  static String time(Instant at) {
    return "<time datetime=\"" + at + "\">" + SHOWN.format(at) + "</time>";
  }
}
