package dev.winnow.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** Reads a response body up to a cap, counted after decoding, so a gzip bomb stops at the cap. */
final class CappedBody {
  private CappedBody() {}

  /** The decoded body, or empty if it is longer than {@code maxBytes}. */
  static Optional<byte[]> read(InputStream raw, String contentEncoding, long maxBytes)
      throws IOException {
    try (InputStream in = decode(raw, contentEncoding)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
      byte[] buffer = new byte[8192];
      long total = 0;
      for (int n; (n = in.read(buffer)) != -1; ) {
        total += n;
        if (total > maxBytes) {
          return Optional.empty();
        }
        out.write(buffer, 0, n);
      }
      return Optional.of(out.toByteArray());
    }
  }

  private static InputStream decode(InputStream raw, String contentEncoding) throws IOException {
    String encoding = contentEncoding.strip().toLowerCase(Locale.ROOT);
    return switch (encoding) {
      case "gzip", "x-gzip" -> new GZIPInputStream(raw, 8192);
      // RFC 9110 §8.4.1.2: "deflate" is zlib-wrapped, though some servers send raw deflate.
      case "deflate" -> new InflaterInputStream(raw, new Inflater(false), 8192);
      default -> raw;
    };
  }
}
