package dev.winnow.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/**
 * A response rendered once and served many times: the bytes plain and gzipped, a strong validator
 * made from the bytes (RFC 9110 §8.8.3) and the time the content last changed (§8.8.2).
 */
record Rendered(
    byte[] plain, byte[] gzipped, String etag, String contentType, Instant lastModified) {

  static Rendered of(byte[] plain, String contentType, Instant lastModified) {
    return new Rendered(plain, gzip(plain), etagOf(plain), contentType, lastModified);
  }

  private static String etagOf(byte[] bytes) {
    return "\"" + Integer.toHexString(Arrays.hashCode(bytes)) + "-" + bytes.length + "\"";
  }

  private static byte[] gzip(byte[] plain) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
