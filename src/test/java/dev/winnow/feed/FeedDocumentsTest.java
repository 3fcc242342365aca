package dev.winnow.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Feeds real publishers serve that Rome alone does not read, straightened before it does. */
class FeedDocumentsTest {
  private static final URI BASE = URI.create("https://feeds.example/");

  private static ParsedFeed parse(String xml) throws FeedParseException {
    return new FeedParser().parse(xml.getBytes(StandardCharsets.UTF_8), null, BASE);
  }

  @Test
  void base64AtomTextIsDecodedButMediaDescriptionsAreLeftAlone() throws Exception {
    ParsedFeed feed =
        parse(
            "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:m='http://search.yahoo.com/mrss/'>"
                + "<title type='application/octet-stream'>TmlnaHQgU2hpZnQ=</title>"
                + "<entry><id>e1</id><title>Encore</title>"
                + "<m:group><m:description type='plain'>Live at the Roxy</m:description></m:group>"
                + "<link rel='enclosure' type='video/mp4' href='https://cdn.example/e1.mp4'/>"
                + "</entry></feed>");
    assertEquals("Night Shift", feed.title());
    assertEquals("Live at the Roxy", feed.entries().get(0).summaryHtml());
    assertEquals("video/mp4", feed.entries().get(0).enclosures().get(0).type());
  }

  @Test
  void anAtomDraftUnderAnUnofficialNamespaceIsReadAsAtom03() throws Exception {
    ParsedFeed feed =
        parse(
            "<feed version='0.3' xmlns='http://example.org/draft#'><title>Draft Feed</title></feed>");
    assertEquals("Draft Feed", feed.title());
  }

  @Test
  void aChannelDefinitionFormatDocumentIsReadAsRss() throws Exception {
    ParsedFeed feed =
        parse(
            "<CHANNEL HREF='https://cdf.example/'><TITLE>Old Channel</TITLE>"
                + "<ITEM HREF='https://cdf.example/1' LASTMOD='2026-02-01T10:00:00Z'>"
                + "<TITLE>First</TITLE><ABSTRACT>The first item</ABSTRACT></ITEM></CHANNEL>");
    assertEquals("Old Channel", feed.title());
    assertEquals("First", feed.entries().get(0).title());
    assertEquals("The first item", feed.entries().get(0).summaryHtml());
    assertEquals(URI.create("https://cdf.example/1"), feed.entries().get(0).link());
  }

  @Test
  void dublinCoreAndItunesFieldsFillWhatRssLeavesOut() throws Exception {
    ParsedFeed feed =
        parse(
            "<rss version='2.0' xmlns:dc='http://purl.org/dc/elements/1.1/'"
                + " xmlns:itunes='http://www.itunes.com/DTDs/Podcast-1.0.dtd'><channel>"
                + "<dc:title>Backstage Pass</dc:title><dc:language>en-gb</dc:language>"
                + "<itunes:category text='Arts'><itunes:category text='Performing Arts'/>"
                + "</itunes:category><item><title>Episode 4</title>"
                + "<author>host@backstage.example (Mara Quill)</author>"
                + "<dc:subject>theatre</dc:subject></item></channel></rss>");
    assertEquals("Backstage Pass", feed.title());
    assertEquals("en-gb", feed.header().language());
    assertEquals("Performing Arts", feed.header().categories().get(1).term());
    FeedEntry episode = feed.entries().get(0);
    assertEquals(new FeedPerson("Mara Quill", "host@backstage.example"), episode.authors().get(0));
    assertEquals("theatre", episode.categories().get(0).term());
  }
}
