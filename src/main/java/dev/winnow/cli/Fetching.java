package dev.winnow.cli;

import dev.winnow.config.RedactedUrls;
import dev.winnow.fetch.FetchRequest;
import dev.winnow.fetch.FetchResult;
import dev.winnow.fetch.HttpFetcher;
import java.io.IOException;
import java.net.URI;

/**
 * The one-shot commands' GET: a body, or an IOException whose message names the URL and what went
 * wrong, ready for the one-line error. (The pipeline keeps failures as values; a command just
 * stops.)
 */
final class Fetching {
  private Fetching() {}

  static FetchResult.Fetched body(HttpFetcher fetcher, URI url, long maxBytes) throws IOException {
    FetchResult result = fetcher.fetch(FetchRequest.feed(url, null, null, maxBytes));
    if (result instanceof FetchResult.Fetched fetched) {
      return fetched;
    }
    String reason = result instanceof FetchResult.Failed f ? f.reason() : "no body (304)";
    throw new IOException(RedactedUrls.of(url) + ": " + RedactedUrls.scrub(reason, url));
  }

  static boolean isUrl(String target) {
    return target.startsWith("http://") || target.startsWith("https://");
  }
}
