package dev.winnow.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedactedUrlsTest {
  @Test
  void hidesUserInfoAndQueryButKeepsHostAndPath() {
    URI url = URI.create("https://reader:s3cret@example.com:8443/feed.xml?token=abc#top");
    assertEquals("https://…@example.com:8443/feed.xml?…", RedactedUrls.of(url));
  }

  @Test
  void leavesAPlainUrlAsItIs() {
    assertEquals("https://example.com/rss", RedactedUrls.of(URI.create("https://example.com/rss")));
  }

  @Test
  void scrubsTheSecretsFromAMessageThatQuotesTheUrl() {
    URI url = URI.create("http://u:p4ss@example.com/f?key=k3y");
    String message = "IllegalArgumentException: bad URI http://u:p4ss@example.com/f?key=k3y";
    assertEquals(
        "IllegalArgumentException: bad URI http://…@example.com/f?…",
        RedactedUrls.scrub(message, url));
  }
}
