package dev.winnow.fetch;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/** Reads the parts of a Content-Type header (RFC 9110 §8.3) that winnow needs. */
public final class ContentTypes {
  private ContentTypes() {}

  /** The charset parameter's value, unquoted, if the header has a well-formed one. */
  public static Optional<String> charsetNameOf(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    for (String param : contentType.split(";")) {
      String[] kv = param.strip().split("=", 2);
      if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
        String name = kv[1].strip().replaceAll("^[\"']+|[\"']+$", "").strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
      }
    }
    return Optional.empty();
  }

  public static Optional<Charset> charsetOf(String contentType) {
    return charsetNameOf(contentType)
        .flatMap(
            name -> {
              try {
                return Optional.of(Charset.forName(name));
              } catch (IllegalArgumentException unknown) {
                return Optional.empty();
              }
            });
  }

  /**
   * The header with its charset unquoted and lower-cased ({@code charset='US-ASCII'} becomes {@code
   * charset=us-ascii}): servers quote it either way, and RFC 9110 §5.6.6 allows only double quotes,
   * which some readers then fail to strip.
   */
  public static String normalized(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return contentType;
    }
    StringBuilder out = new StringBuilder();
    for (String part : contentType.split(";")) {
      String[] kv = part.strip().split("=", 2);
      if (out.length() > 0) {
        out.append("; ");
      }
      if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
        out.append("charset=")
            .append(kv[1].strip().replaceAll("^[\"']+|[\"']+$", "").toLowerCase(Locale.ROOT));
      } else {
        out.append(part.strip());
      }
    }
    return out.toString();
  }

  /** The media type alone, lower-cased: "text/html; charset=x" gives "text/html". */
  public static String mediaTypeOf(String contentType) {
    if (contentType == null) {
      return "";
    }
    return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }
}
