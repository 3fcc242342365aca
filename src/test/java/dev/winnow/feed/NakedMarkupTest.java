package dev.winnow.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NakedMarkupTest {
  private static final URI BASE = URI.create("https://glow.example/feed");
  private final FeedParser parser = new FeedParser();

  private ParsedFeed parse(String xml) throws FeedParseException {
    return parser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/xml", BASE);
  }

  @Test
  void markupWrittenBareInRssTextIsReadAsTheHtmlItIs() throws Exception {
    ParsedFeed feed =
        parse(
            """
            <rss version="2.0"><channel><title>Glow</title><link>https://glow.example/</link>
            <description><p>Fictional <i>gossip</i></p></description>
            <item><title>Star <b>engaged</b></title><link>https://glow.example/1</link>
            <description>Ring <a href="https://glow.example/ring">pictured</a> here</description>
            </item></channel></rss>""");
    assertEquals("<p>Fictional <i>gossip</i></p>", feed.header().description());
    FeedEntry entry = feed.entries().get(0);
    assertEquals("Star <b>engaged</b>", entry.title());
    assertEquals(
        "Ring <a href=\"https://glow.example/ring\">pictured</a> here", entry.summaryHtml());
  }

  @Test
  void atomTextWithChildElementsKeepsThemButXhtmlIsLeftToTheAtomReader() throws Exception {
    ParsedFeed feed =
        parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Marquee</title>
            <id>urn:marquee</id><updated>2026-03-05T10:00:00Z</updated>
            <entry><id>urn:1</id><title>Premiere <b>tonight</b></title>
            <updated>2026-03-05T10:00:00Z</updated><link href="https://marquee.example/1"/>
            <summary type="html">Red carpet <em>live</em></summary>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body</p></div></content>
            </entry></feed>""");
    FeedEntry entry = feed.entries().get(0);
    assertEquals("Premiere <b>tonight</b>", entry.title());
    assertEquals("Red carpet <em>live</em>", entry.summaryHtml());
    assertEquals(true, entry.contentHtml().contains("<p>Body</p>"), entry.contentHtml());
  }

  @Test
  void xhtmlTextLosesItsWrappingDivAndItsLinksResolveAgainstXmlBase() throws Exception {
    ParsedFeed feed =
        parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://marquee.example/news/">
            <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Marquee <a href="about.html">about</a></div></title>
            <id>urn:marquee</id><updated>2026-03-05T10:00:00Z</updated>
            <entry xml:base="/2026/"><id>urn:2</id><title>Casting</title><updated>2026-03-05T10:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>See <img src="cast.jpg"/></p></div></content>
            </entry></feed>""");
    assertEquals(
        "Marquee <a href=\"https://marquee.example/news/about.html\">about</a>", feed.title());
    assertEquals(
        "<p>See <img src=\"https://marquee.example/2026/cast.jpg\" /></p>",
        feed.entries().get(0).contentHtml());
  }
}
