package dev.winnow.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedCharsetTest {
  private static final String LATIN1_DOC =
      "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"/>";

  @Test
  void anHttpCharsetOnAnApplicationXmlTypeOverridesTheXmlDeclaration() {
    byte[] body = LATIN1_DOC.getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        "us-ascii", FeedCharset.of(body, "application/rss+xml; charset='US-ASCII'").name());
    assertEquals("iso-8859-1", FeedCharset.of(body, "application/rss+xml").name());
  }

  @Test
  void textXmlWithoutACharsetIsUsAsciiAsRfc3023Says() {
    byte[] body = LATIN1_DOC.getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("us-ascii", FeedCharset.of(body, "text/xml").name());
  }

  @Test
  void sixteenAndThirtyTwoBitDocumentsAreRecognizedByTheirFirstBytes() {
    String doc = "<?xml version=\"1.0\" encoding=\"utf-16\"?><feed/>";
    assertEquals("utf-16le", FeedCharset.of(doc.getBytes(StandardCharsets.UTF_16LE), null).name());
    assertEquals("utf-16be", FeedCharset.of(doc.getBytes(StandardCharsets.UTF_16BE), null).name());
    byte[] utf32 = doc.getBytes(Charset.forName("UTF-32LE"));
    FeedCharset charset = FeedCharset.of(utf32, null);
    assertEquals("utf-32le", charset.name());
    assertEquals(doc, charset.decode(utf32));
  }

  @Test
  void aByteOrderMarkIsSkippedAndGb2312IsReadAsGb18030() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'a', '/', '>'};
    assertEquals("<a/>", FeedCharset.of(bom, "application/xml").decode(bom));
    byte[] gb =
        "<?xml version=\"1.0\" encoding=\"gb2312\"?><a/>".getBytes(StandardCharsets.US_ASCII);
    assertEquals("gb18030", FeedCharset.of(gb, null).name());
  }

  @Test
  void windows1252QuotesMislabelledAsLatin1OrNumericReferencesBecomeCurlyQuotes() {
    assertEquals("don\u2019t \u201cstop\u201d", Cp1252.repair("don\u0092t &#147;stop&#x94;"));
  }
}
