package dev.winnow.config;

import java.net.URI;

/**
 * Feed URLs as shown to anyone: in /health, logs, error messages and command output. A feed URL may
 * carry credentials, as user-info ({@code https://user:pass@host/feed}, RFC 3986 §3.2.1) or as a
 * query token ({@code ?token=…}); both are replaced by "…", leaving scheme, host, port and path,
 * which are enough to tell feeds apart.
 */
public final class RedactedUrls {
  private static final String HIDDEN = "…";

  private RedactedUrls() {}

  public static String of(URI url) {
    if (url == null) {
      return "";
    }
    if (url.getRawUserInfo() == null && url.getRawQuery() == null) {
      return withoutFragment(url);
    }
    StringBuilder shown = new StringBuilder();
    shown.append(url.getScheme()).append("://");
    if (url.getRawUserInfo() != null) {
      shown.append(HIDDEN).append('@');
    }
    shown.append(url.getHost());
    if (url.getPort() != -1) {
      shown.append(':').append(url.getPort());
    }
    shown.append(url.getRawPath() == null ? "" : url.getRawPath());
    if (url.getRawQuery() != null) {
      shown.append('?').append(HIDDEN);
    }
    return shown.toString();
  }

  /** A message that may quote the URL (an exception's text): its secret parts replaced. */
  public static String scrub(String message, URI url) {
    if (message == null || url == null) {
      return message;
    }
    String scrubbed = message.replace(url.toString(), of(url));
    if (url.getRawUserInfo() != null) {
      scrubbed = scrubbed.replace(url.getRawUserInfo(), HIDDEN);
    }
    if (url.getRawQuery() != null) {
      scrubbed = scrubbed.replace(url.getRawQuery(), HIDDEN);
    }
    return scrubbed;
  }

  private static String withoutFragment(URI url) {
    String text = url.toString();
    int hash = text.indexOf('#');
    return hash < 0 ? text : text.substring(0, hash);
  }
}
