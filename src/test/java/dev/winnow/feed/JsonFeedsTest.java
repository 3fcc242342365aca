package dev.winnow.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFeedsTest {
  private static final URI BASE = URI.create("https://marquee.example/feed.json");
  private final FeedParser parser = new FeedParser();

  private ParsedFeed fixture() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/feed/marquee-1.1.json")) {
      return parser.parse(in.readAllBytes(), "application/feed+json", BASE);
    }
  }

  @Test
  void readsAJsonFeedLikeAnRssOrAtomFeed() throws Exception {
    ParsedFeed feed = fixture();
    assertEquals("json_1.1", feed.format());
    assertEquals("Marquee Minute", feed.title());
    assertEquals(URI.create("https://marquee.example/"), feed.link());
    assertEquals("en-GB", feed.header().language());
    assertEquals("https://marquee.example/icon.png", feed.header().imageUrl(), "resolved");
    assertEquals(List.of(new FeedPerson("Marquee Desk", "")), feed.header().authors());
    assertEquals(2, feed.entries().size(), "a string among the items is no item");

    FeedEntry renewal = feed.entries().get(0);
    assertEquals("mm-1042", renewal.key());
    assertEquals(
        URI.create("https://marquee.example/2026/03/orbit-falls-renewed.html"), renewal.link());
    assertEquals(Instant.parse("2026-03-03T08:30:00Z"), renewal.published());
    assertEquals(Instant.parse("2026-03-03T11:00:00Z"), renewal.updated());
    assertEquals(
        "<p>The streamer confirmed the <b>renewal</b> on Tuesday.</p>", renewal.contentHtml());
    assertEquals("The streamer confirmed the renewal on Tuesday.", renewal.summaryHtml());
    assertEquals(
        List.of(new FeedCategory("television", ""), new FeedCategory("renewals", "")),
        renewal.categories());
    assertEquals(
        List.of(
            new FeedEnclosure("https://cdn.marquee.example/trailer.mp4", 4_200_000, "video/mp4")),
        renewal.enclosures());
  }

  @Test
  void plainTextContentIsEscapedAndANumericIdOrAnExternalUrlStillServes() throws Exception {
    FeedEntry gala = fixture().entries().get(1);
    assertEquals("1043", gala.key());
    assertEquals(URI.create("https://elsewhere.example/gala"), gala.link());
    assertEquals(
        "<p>Stars arrived at the harbor &lt;early&gt;.<br>The gala ran late.</p>",
        gala.contentHtml());
    assertTrue(gala.authors().isEmpty(), "authors of the wrong type are read as none");
  }

  @Test
  void aJsonDocumentThatIsNoJsonFeedIsRefusedInOneLine() {
    var wrongVersion =
        assertThrows(
            FeedParseException.class,
            () ->
                parser.parse(
                    "{\"version\": \"1\", \"items\": []}".getBytes(StandardCharsets.UTF_8),
                    "application/json",
                    BASE));
    assertTrue(wrongVersion.getMessage().startsWith("not a JSON Feed"), wrongVersion.getMessage());
    var broken =
        assertThrows(
            FeedParseException.class,
            () -> parser.parse("{\"version\": ".getBytes(StandardCharsets.UTF_8), null, BASE));
    assertTrue(broken.getMessage().startsWith("not a readable JSON Feed"), broken.getMessage());
    assertEquals(1, broken.getMessage().lines().count());
  }
}
