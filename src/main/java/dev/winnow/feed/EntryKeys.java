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
 * link, then a hash of title and published date (the approach Miniflux also takes). A key longer
 * than {@link #MAX_KEY_CHARS} is replaced by its hash: keys are index terms, and a feed may send a
 * guid of any length (Lucene refuses a term over 32 KB, which would fail the whole batch).
 */
final class EntryKeys {
  /** Real guids and permalinks are well under this; only a broken or hostile feed exceeds it. */
  static final int MAX_KEY_CHARS = 512;

  private EntryKeys() {}

  static String keyOf(String guid, URI link, String title, Instant published) {
    if (guid != null && !guid.isBlank()) {
      return bounded(guid.strip());
    }
    if (link != null) {
      return bounded(link.toString());
    }
    return "sha256:" + sha256((title == null ? "" : title) + "\n" + published);
  }

  private static String bounded(String key) {
    return key.length() <= MAX_KEY_CHARS ? key : "sha256:" + sha256(key);
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
