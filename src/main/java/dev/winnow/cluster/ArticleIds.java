package dev.winnow.cluster;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Canonical URLs and the ids derived from them: the same article reached through a tracking link or
 * with a fragment is one article.
 */
public final class ArticleIds {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final int MIN_HASHED_TEXT = 280;

  private ArticleIds() {}

  /**
   * Drops the fragment, tracking parameters (utm_*, fbclid, gclid, ...) and AMP markers, and
   * lower-cases scheme and host.
   */
  public static URI canonical(URI url) {
    String query = url.getRawQuery();
    String kept = null;
    if (query != null) {
      StringJoiner joiner = new StringJoiner("&");
      for (String param : query.split("&")) {
        if (!param.isEmpty() && !isTracking(param.split("=", 2)[0])) {
          joiner.add(param);
        }
      }
      kept = joiner.length() == 0 ? null : joiner.toString();
    }
    try {
      String host = url.getHost() == null ? null : url.getHost().toLowerCase(Locale.ROOT);
      String scheme = url.getScheme() == null ? null : url.getScheme().toLowerCase(Locale.ROOT);
      String path =
          withoutAmp(
              url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath());
      String port = url.getPort() == -1 ? "" : ":" + url.getPort();
      return new URI(scheme + "://" + host + port + path + (kept == null ? "" : "?" + kept));
    } catch (URISyntaxException e) {
      return url;
    }
  }

  /**
   * Whether two URLs name the same page once the forms of one address are folded: scheme, a leading
   * {@code www.}, tracking parameters, AMP paths and a trailing slash. A page's {@code
   * rel=canonical} may choose among those forms of its own address, never another page's: a
   * canonical naming another article would take over that article's identity (and drop it, as the
   * same article seen twice).
   */
  public static boolean sameAddress(URI a, URI b) {
    return folded(canonical(a)).equals(folded(canonical(b)));
  }

  private static String folded(URI url) {
    String host = url.getHost() == null ? "" : url.getHost();
    host = host.startsWith("www.") ? host.substring(4) : host;
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
    int port = url.getPort();
    boolean defaultPort = port == -1 || port == 80 || port == 443;
    return host + (defaultPort ? "" : ":" + port) + path + query;
  }

  /** AMP variants (…/amp, …/amp/, ….amp.html) are the same article as the page they mirror. */
  private static String withoutAmp(String path) {
    if (path.endsWith("/amp") || path.endsWith("/amp/")) {
      String stripped = path.substring(0, path.lastIndexOf("/amp"));
      return stripped.isEmpty() ? "/" : stripped;
    }
    return path.endsWith(".amp.html") ? path.replace(".amp.html", ".html") : path;
  }

  private static boolean isTracking(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    return key.startsWith("utm_")
        || key.equals("fbclid")
        || key.equals("gclid")
        || key.equals("dclid")
        || key.equals("msclkid")
        || key.equals("mc_cid")
        || key.equals("mc_eid")
        || key.equals("igshid")
        || key.equals("_ga")
        || key.equals("amp")
        || key.equals("outputtype");
  }

  /** A short, stable id: the first 16 hex digits of SHA-256 over the canonical URL. */
  public static String idOf(URI canonicalUrl) {
    return idOf(canonicalUrl.toString());
  }

  /** For entries without a link: the id of a feed-scoped key. */
  public static String idOf(String identity) {
    return hash(identity).substring(0, 16);
  }

  /**
   * The same text under another URL (a moved or re-published page) is the same article: a hash of
   * the body's words, case and punctuation folded. Bodies too short to be distinctive (a headline
   * only, a one-line brief) have none.
   */
  public static Optional<String> contentHashOf(Article article) {
    String words = NOT_WORD.matcher(article.text().toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    return words.length() < MIN_HASHED_TEXT
        ? Optional.empty()
        : Optional.of(hash(words).substring(0, 32));
  }

  private static String hash(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
