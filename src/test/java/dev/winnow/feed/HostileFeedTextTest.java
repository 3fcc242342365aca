package dev.winnow.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Feed text written to break a parser: control characters, long keys, DOCTYPE floods. */
class HostileFeedTextTest {
  private static final URI BASE = URI.create("https://example.com/feed.xml");

  private static ParsedFeed parse(String items) throws FeedParseException {
    String xml =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
            + items
            + "</channel></rss>";
    return new FeedParser()
        .parse(xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml", BASE);
  }

  @Test
  void aRawControlCharacterCostsOnlyThatCharacter() throws Exception {
    ParsedFeed feed =
        parse(
            "<item><title>Bell\u0007 and \u001bescape</title>"
                + "<link>https://example.com/a</link></item>");
    assertEquals("Bell and escape", feed.entries().get(0).title());
  }

  @Test
  void aGuidLongerThanTheKeyLimitBecomesItsHash() throws Exception {
    String guid = "x".repeat(40_000);
    String key =
        parse("<item><guid>" + guid + "</guid><title>t</title></item>").entries().get(0).key();
    assertTrue(key.startsWith("sha256:") && key.length() < EntryKeys.MAX_KEY_CHARS, key);
  }

  @Test
  void linksThatAreNotWebAddressesAreNoLinks() throws Exception {
    ParsedFeed feed =
        parse(
            "<item><title>a</title><link>javascript:alert(1)</link></item>"
                + "<item><title>b</title><link>data:text/html,hi</link></item>"
                + "<item><title>c</title><link>https://example.com/"
                + "p".repeat(3000)
                + "</link>"
                + "</item>");
    feed.entries().forEach(e -> assertNull(e.link(), e.title()));
  }

  @Test
  void removesDoctypesWithTheirSubsetsAndLeavesTheRest() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"x]\">]><rss/>" + "<!doctype b><c/>";
    assertEquals("<?xml version=\"1.0\"?><rss/><c/>", XmlText.withoutDoctypes(xml));
    assertEquals("<!DOCTYPE a [ <x/>", XmlText.withoutDoctypes("<!DOCTYPE a [ <x/>"));
  }

  @Test
  void aFloodOfUnclosedDoctypesIsReadInLinearTime() {
    // quadratic before: 260 KB took 33 s; 4 MB would take hours. A hang guard, not a benchmark.
    String flood = "<rss>" + "<!DOCTYPE a [".repeat(300_000) + "</rss>";
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () ->
            assertThrows(
                FeedParseException.class,
                () ->
                    new FeedParser()
                        .parse(
                            flood.getBytes(StandardCharsets.UTF_8), "application/rss+xml", BASE)));
  }
}
