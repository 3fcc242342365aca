package dev.winnow.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParserTest {
  private final FeedParser parser = new FeedParser();
  private static final URI BASE = URI.create("https://news.example/feeds/main.xml");

  private ParsedFeed parse(String xml) throws FeedParseException {
    return parser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/xml", BASE);
  }

  @Test
  void readsRssEntriesWithRelativeLinksResolvedAgainstTheFeed() throws Exception {
    ParsedFeed feed =
        parse(
            """
            <rss version="2.0"><channel><title>News</title><link>https://news.example/</link>
            <description>d</description>
            <item><title>First</title><link>/2026/first.html</link>
            <pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate><description>&lt;p&gt;Hi&lt;/p&gt;</description></item>
            </channel></rss>""");
    assertEquals("rss_2.0", feed.format());
    FeedEntry entry = feed.entries().get(0);
    assertEquals(URI.create("https://news.example/2026/first.html"), entry.link());
    assertEquals(Instant.parse("2026-03-02T10:00:00Z"), entry.published());
    assertEquals(
        "https://news.example/2026/first.html", entry.key(), "no guid: the link is the key");
    assertEquals("<p>Hi</p>", entry.summaryHtml());
  }

  @Test
  void readsAtomIdsAndContent() throws Exception {
    ParsedFeed feed =
        parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id>
            <updated>2026-03-02T10:00:00Z</updated>
            <entry><id>urn:a:1</id><title>One</title><link href="https://a.example/1"/>
            <updated>2026-03-02T10:00:00Z</updated><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry>
            </feed>""");
    assertEquals("urn:a:1", feed.entries().get(0).key());
    assertEquals("<p>Body</p>", feed.entries().get(0).contentHtml());
  }

  @Test
  void keysAnEntryWithoutGuidOrLinkByTitleAndDate() throws Exception {
    ParsedFeed feed =
        parse(
            "<rss version=\"2.0\"><channel><title>t</title><item><title>Only a title</title></item></channel></rss>");
    FeedEntry entry = feed.entries().get(0);
    assertNull(entry.link());
    assertTrue(entry.key().startsWith("sha256:"));
  }

  @Test
  void refusesAnHtmlPageWithAClearMessage() {
    FeedParseException e =
        assertThrows(
            FeedParseException.class, () -> parse("<!DOCTYPE html><html><body>hi</body></html>"));
    assertEquals("not a feed: the URL returned an HTML page", e.getMessage());
  }

  @Test
  void neverExpandsTheEntitiesOfADoctype() throws Exception {
    String billionLaughs =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
            + "<rss version=\"2.0\"><channel><title>&b;</title></channel></rss>";
    assertEquals("&b;", parse(billionLaughs).title());
  }

  @Test
  void readsHtmlEntitiesAndChannelLessRss() throws Exception {
    ParsedFeed feed =
        parse(
            "<rss version=\"2.0\"><title>x</title><item><title>Caf&eacute;&nbsp;news &rsquo;26</title>"
                + "<link>https://a.example/1</link></item></rss>");
    assertEquals("Caf\u00e9\u00a0news \u201926", feed.entries().get(0).title());
  }

  @Test
  void itemsStraightUnderRssAreReadAsTheChannelTheyMeanWhateverTheirTextHolds() throws Exception {
    ParsedFeed feed =
        parse(
            """
            <rss><item><title>Gala</title><link>https://news.example/gala</link>
            <description><![CDATA[ <!DOCTYPE is just text here ]]></description></item></rss>""");
    assertEquals(1, feed.entries().size());
    assertEquals("<!DOCTYPE is just text here", feed.entries().get(0).summaryHtml().strip());
  }

  @Test
  void aRelativeAtomIdIsReadAgainstTheFeedsAddressButAnRssGuidIsNot() throws Exception {
    ParsedFeed atom =
        parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>/feeds/a</id>
            <updated>2026-03-05T10:00:00Z</updated>
            <entry><id>/items/1</id><title>One</title><updated>2026-03-05T10:00:00Z</updated></entry>
            </feed>""");
    assertEquals("https://news.example/feeds/a", atom.header().id());
    assertEquals("https://news.example/items/1", atom.entries().get(0).key());
    ParsedFeed rss =
        parse(
            """
            <rss version="2.0"><channel><title>R</title><link>https://news.example/</link>
            <description>d</description><item><title>One</title>
            <guid isPermaLink="false">/items/1</guid></item></channel></rss>""");
    assertEquals("/items/1", rss.entries().get(0).key());
  }

  @Test
  void aPrefixUsedWithoutItsDeclarationIsReadAsTheModuleItNames() throws Exception {
    ParsedFeed feed =
        parse(
            """
            <rss version="2.0"><channel><title>Glow</title><link>https://glow.example/</link>
            <description>d</description><item><title>Gala</title><link>https://glow.example/g</link>
            <dc:creator>Ada Reporter</dc:creator><glow:mood>festive</glow:mood></item>
            </channel></rss>""");
    assertEquals("Ada Reporter", feed.entries().get(0).authors().get(0).name());
  }

  @Test
  void aMisspeltEndTagClosesTheElementItMeantButNotWithoutBound() throws Exception {
    ParsedFeed feed =
        parse(
            """
            <rss version="2.0"><channel><title>Glow</title><link>https://glow.example/</link>
            <description>d</description><language>en-gb</langauge>
            <item><title>Gala</title><link>https://glow.example/g</link></item></channel></rss>""");
    assertEquals("en-gb", feed.header().language());
    assertEquals(1, feed.entries().size());

    String many = "<p>x</q>".repeat(MismatchedEndTags.MAX_REPAIRS + 2);
    var refused =
        assertThrows(
            FeedParseException.class,
            () ->
                parse(
                    "<rss version=\"2.0\"><channel><title>T</title><description>"
                        + many
                        + "</description></channel></rss>"));
    assertEquals(1, refused.getMessage().lines().count());
  }

  @Test
  void anAtomFeedsOwnCategoriesAndRelativeLogoAreReadToo() throws Exception {
    ParsedFeed feed =
        parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>M</title><id>urn:m</id>
            <updated>2026-03-05T10:00:00Z</updated><logo>/logo.png</logo>
            <category term="film" scheme="https://news.example/cats"/></feed>""");
    assertEquals(
        java.util.List.of(new FeedCategory("film", "https://news.example/cats")),
        feed.header().categories());
    assertEquals("https://news.example/logo.png", feed.header().imageUrl());
  }

  @Test
  void theWebmasterAnswersForAChannelThatNamesNoEditor() throws Exception {
    ParsedFeed feed =
        parse(
            """
            <rss version="2.0"><channel><title>R</title><link>https://news.example/</link>
            <description>d</description><webMaster>web@news.example (Web Desk)</webMaster>
            </channel></rss>""");
    assertEquals(
        java.util.List.of(new FeedPerson("Web Desk", "web@news.example")), feed.header().authors());
  }
}
