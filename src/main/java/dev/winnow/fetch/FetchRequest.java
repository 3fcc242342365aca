package dev.winnow.fetch;

import java.net.URI;

/**
 * One GET to make.
 *
 * @param url where to go
 * @param etag validator from the last 200, sent back as If-None-Match (RFC 9110 §13.1.2), or null
 * @param lastModified validator from the last 200, sent back as If-Modified-Since, or null
 * @param maxBytes cap on the decoded body
 * @param untrusted whether the URL came from inside a feed, so the address guard applies
 */
public record FetchRequest(
    URI url, String etag, String lastModified, long maxBytes, boolean untrusted) {

  public static FetchRequest feed(URI url, String etag, String lastModified, long maxBytes) {
    return new FetchRequest(url, etag, lastModified, maxBytes, false);
  }

  public static FetchRequest article(URI url, long maxBytes) {
    return new FetchRequest(url, null, null, maxBytes, true);
  }
}
