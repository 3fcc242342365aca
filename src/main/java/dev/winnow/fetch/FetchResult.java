package dev.winnow.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What a GET gave: expected outcomes are values, not exceptions. */
public sealed interface FetchResult {

  /**
   * A 2xx body, decoded from gzip/deflate, within the size cap.
   *
   * @param movedTo where a chain of permanent redirects (301/308) from the requested URL ended, to
   *     be requested directly from now on (RFC 9110 §15.4.2), or null
   * @param freshFor how long the response says it stays fresh (Cache-Control, Expires), or null
   */
  record Fetched(
      URI finalUrl,
      String contentType,
      byte[] body,
      String etag,
      String lastModified,
      URI movedTo,
      Duration freshFor)
      implements FetchResult {

    public Fetched(
        URI finalUrl, String contentType, byte[] body, String etag, String lastModified) {
      this(finalUrl, contentType, body, etag, lastModified, null, null);
    }

    /** The charset the Content-Type header names, if any and if known to the JVM. */
    public Optional<Charset> declaredCharset() {
      return ContentTypes.charsetOf(contentType);
    }
  }

  /** 304: the validators still match (RFC 9110 §15.4.5). */
  record NotModified(URI finalUrl, URI movedTo, Duration freshFor) implements FetchResult {
    public NotModified(URI finalUrl) {
      this(finalUrl, null, null);
    }
  }

  /**
   * Anything else: a status, a refused address, a timeout, a body over the cap.
   *
   * @param status the HTTP status, or 0 when no response came
   * @param retryAt when a 429 or 503 said to come back (Retry-After, RFC 9110 §10.2.3), or null
   */
  record Failed(URI url, int status, String reason, Instant retryAt) implements FetchResult {
    public Failed(URI url, int status, String reason) {
      this(url, status, reason, null);
    }

    /** 410: the publisher says the feed is gone for good (RFC 9110 §15.5.11). */
    public boolean gone() {
      return status == 410;
    }
  }
}
