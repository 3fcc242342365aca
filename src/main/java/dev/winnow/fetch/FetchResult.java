package dev.winnow.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Optional;

/** What a GET gave: expected outcomes are values, not exceptions. */
public sealed interface FetchResult {

  /** A 2xx body, decoded from gzip/deflate, within the size cap. */
  record Fetched(URI finalUrl, String contentType, byte[] body, String etag, String lastModified)
      implements FetchResult {

    /** The charset the Content-Type header names, if any and if known to the JVM. */
    public Optional<Charset> declaredCharset() {
      return ContentTypes.charsetOf(contentType);
    }
  }

  /** 304: the validators still match (RFC 9110 §15.4.5). */
  record NotModified(URI finalUrl) implements FetchResult {}

  /**
   * Anything else: a status, a refused address, a timeout, a body over the cap.
   *
   * @param status the HTTP status, or 0 when no response came
   */
  record Failed(URI url, int status, String reason) implements FetchResult {}
}
