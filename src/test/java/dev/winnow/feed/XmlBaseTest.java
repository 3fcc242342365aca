package dev.winnow.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlBaseTest {
  private static final URI FEED_ADDRESS = URI.create("https://glow.example/feeds/all.xml");
  private final FeedParser parser = new FeedParser();

  private ParsedFeed parse(String xml) throws FeedParseException {
    return parser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/xml", FEED_ADDRESS);
  }

  @Test
  void linksInsideEscapedHtmlAreReadAgainstTheNearestXmlBase() throws Exception {
    ParsedFeed feed =
        parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://glow.example/blog/">
            <title type="html">Glow &lt;a href="about"&gt;about&lt;/a&gt;</title>
            <id>urn:glow</id><updated>2026-03-05T10:00:00Z</updated><icon>icon.png</icon><logo>logo.png</logo>
            <entry xml:base="/stars/"><id>urn:1</id><title>Ring</title>
            <updated>2026-03-05T10:00:00Z</updated><link href="ring.html"/>
            <content type="html">&lt;p&gt;See &lt;a href="ring.html"&gt;it&lt;/a&gt; &lt;img src='r.jpg'&gt;&lt;/p&gt;</content>
            </entry></feed>""");
    assertEquals("Glow <a href=\"https://glow.example/blog/about\">about</a>", feed.title());
    assertEquals("https://glow.example/blog/logo.png", feed.header().imageUrl());
    FeedEntry entry = feed.entries().get(0);
    assertEquals("https://glow.example/stars/ring.html", entry.link().toString());
    assertEquals(
        "<p>See <a href=\"https://glow.example/stars/ring.html\">it</a>"
            + " <img src='https://glow.example/stars/r.jpg'></p>",
        entry.contentHtml());
  }

  @Test
  void withoutXmlBaseTheDocumentsAddressIsTheBaseAndBadBasesAreSkipped() throws Exception {
    ParsedFeed feed =
        parse(
            """
            <rss version="2.0"><channel><title>Glow</title><link>/</link><description>d</description>
            <item><title>Ring</title><link>/stars/ring</link>
            <description>&lt;a href=" /stars/ring "&gt;more&lt;/a&gt;</description></item>
            <item xml:base="javascript:alert(1)"><title>Tour</title><link>/stars/tour</link>
            <description>&lt;a href="tour"&gt;more&lt;/a&gt; &lt;a href="https://a.example/x"&gt;x&lt;/a&gt;</description></item>
            </channel></rss>""");
    assertEquals(
        "<a href=\"https://glow.example/stars/ring\">more</a>",
        feed.entries().get(0).summaryHtml());
    assertEquals(
        "<a href=\"https://glow.example/feeds/tour\">more</a>"
            + " <a href=\"https://a.example/x\">x</a>",
        feed.entries().get(1).summaryHtml());
  }

  @Test
  void anRssItemsXhtmlBodyIsItsContentAndAMediaImageIsTheFeedsPicture() throws Exception {
    ParsedFeed feed =
        parse(
            """
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
            <TiTlE>Glow</TiTlE><link>https://glow.example/</link><description>d</description>
            <media:content url="/img/glow.jpg" medium="image"/>
            <item><title>Ring</title><link>https://glow.example/ring</link>
            <body xmlns="http://www.w3.org/1999/xhtml"><p>The <a href="/ring">ring</a></p></body>
            </item></channel></rss>""");
    assertEquals("Glow", feed.title());
    assertEquals("https://glow.example/img/glow.jpg", feed.header().imageUrl());
    assertEquals(
        "<p>The <a href=\"https://glow.example/ring\">ring</a></p>",
        feed.entries().get(0).contentHtml());
  }

  @Test
  void anAtomFeedWithOnlyAnIconHasThatIconAsItsPicture() throws Exception {
    ParsedFeed feed =
        parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Glow</title><id>urn:glow</id>
            <updated>2026-03-05T10:00:00Z</updated><icon>/favicon.png</icon></feed>""");
    assertEquals("https://glow.example/favicon.png", feed.header().imageUrl());
  }

  @Test
  void atomDraftInlineXhtmlInsideAnEntryIsWrittenAsHtmlWithoutItsNamespace() throws Exception {
    ParsedFeed feed =
        parse(
            """
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Glow</title>
            <entry><title><![CDATA[Tom & Ana]]></title><id>urn:1</id>
            <content type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml"><a href="/x">x</a></div></content>
            </entry></feed>""");
    FeedEntry entry = feed.entries().get(0);
    // Atom 0.3's default mode is xml: the title is markup, so its ampersand comes back escaped
    assertEquals("Tom &amp; Ana", entry.title());
    assertEquals("<div><a href=\"https://glow.example/x\">x</a></div>", entry.contentHtml());
  }
}
