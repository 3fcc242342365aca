package dev.winnow.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {
  @Test
  void findsTheFeedsAPageAnnouncesResolvedAgainstThePage() {
    String html =
        "<html><head><link rel=\"stylesheet\" href=\"/s.css\">"
            + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\">"
            + "<link rel=\"Alternate\" type=\"application/atom+xml\" href=\"https://cdn.example/a.atom\">"
            + "<link rel=\"alternate\" hreflang=\"fr\" href=\"/fr/\"></head><body></body></html>";
    List<URI> feeds =
        FeedDiscovery.alternates(
            html.getBytes(StandardCharsets.UTF_8), "https://news.example/story/1");
    assertEquals(
        List.of(
            URI.create("https://news.example/feed.xml"), URI.create("https://cdn.example/a.atom")),
        feeds);
  }
}
