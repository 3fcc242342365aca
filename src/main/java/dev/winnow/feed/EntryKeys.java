package dev.winnow.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The identity of an entry within its feed. RSS 2.0 makes {@code <guid>} optional and Atom's {@code
 * <id>} is sometimes missing or reused in broken feeds, so the fallback chain is: guid/id, then the
 * link, then a hash of title and published date (the approach Miniflux also takes).
 */
final class EntryKeys {
  private EntryKeys() {}

  static String keyOf(String guid, URI link, String title, Instant published) {
    if (guid != null && !guid.isBlank()) {
      return guid.strip();
    }
    if (link != null) {
      return link.toString();
    }
    return "sha256:" + sha256((title == null ? "" : title) + "\n" + published);
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
