package dev.winnow.fetch;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/** Reads the parts of a Content-Type header (RFC 9110 §8.3) that winnow needs. */
public final class ContentTypes {
  private ContentTypes() {}

  public static Optional<Charset> charsetOf(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    for (String param : contentType.split(";")) {
      String[] kv = param.strip().split("=", 2);
      if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
        String name = kv[1].strip().replace("\"", "");
        try {
          return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException unknown) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** The media type alone, lower-cased: "text/html; charset=x" gives "text/html". */
  public static String mediaTypeOf(String contentType) {
    if (contentType == null) {
      return "";
    }
    return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }
}
