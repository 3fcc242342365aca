package dev.winnow.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  private static byte[] page(String name) throws Exception {
    try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/e2e/pages/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("{BASE}", "https://glow.example")
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  @Test
  void keepsTheBodyParagraphsAndDropsNavigationRelatedCommentsAndFooter() throws Exception {
    ExtractedPage page =
        extractor.extract(page("glow-renewal-4.html"), null, "https://glow.example/a");
    String[] paragraphs = page.text().split("\n\n");
    assertEquals(4, paragraphs.length, page.text());
    assertTrue(paragraphs[0].startsWith("The streaming mystery Orbit Falls"));
    for (String boilerplate :
        new String[] {
          "Share on", "Related stories", "newsletter", "Comments", "Copyright", "Home"
        }) {
      assertFalse(page.text().contains(boilerplate), boilerplate + " leaked into: " + page.text());
    }
  }

  @Test
  void readsTitleCanonicalUrlAndPublishedTime() throws Exception {
    ExtractedPage page =
        extractor.extract(page("glow-renewal-4.html"), null, "https://glow.example/a");
    assertEquals("Orbit Falls renewed for a third season", page.title());
    assertEquals(URI.create("https://glow.example/glow/renewal-4.html"), page.canonicalUrl());
    assertEquals("2026-03-03T09:00:00Z", page.published().toString());
    assertEquals("en", page.language());
  }

  @Test
  void turnsBreakSeparatedTextIntoParagraphs() {
    String html =
        "<html><body><div id=x><table><tr><td>"
            + "First paragraph of an old template, long enough to count as prose, yes indeed.<br><br>"
            + "Second paragraph of the same old template, also long enough to count, of course."
            + "</td></tr></table></div></body></html>";
    ExtractedPage page = extractor.extractHtml(html, "https://old.example/");
    assertEquals(2, page.text().split("\n\n").length, page.text());
  }

  @Test
  void sanitizesTheBodyHtml() {
    String html =
        "<html><body><article><p onclick=\"steal()\">A long enough paragraph, with commas, to be the body"
            + " of this article.<script>alert(1)</script></p></article></body></html>";
    ExtractedPage page = extractor.extractHtml(html, "https://x.example/");
    assertFalse(page.html().contains("onclick"));
    assertFalse(page.html().contains("script"));
  }

  @Test
  void decodesTheCharsetTheMetaTagDeclares() {
    String html =
        "<html><head><meta charset=\"windows-1252\"></head><body><article><p>Caf\u00e9 owner Ren\u00e9e"
            + " opens a second bistro, with a menu of cr\u00eapes and galettes, this spring.</p>"
            + "</article></body></html>";
    byte[] bytes = html.getBytes(java.nio.charset.Charset.forName("windows-1252"));
    ExtractedPage page = extractor.extract(bytes, null, "https://x.example/");
    assertTrue(page.text().startsWith("Caf\u00e9 owner Ren\u00e9e"), page.text());
  }

  @Test
  void prefersTheHttpCharsetOverGuessing() {
    String text =
        "Les acteurs ont \u00e9t\u00e9 applaudis, longuement, apr\u00e8s la premi\u00e8re.";
    byte[] bytes =
        ("<html><body><article><p>" + text + "</p></article></body></html>")
            .getBytes(StandardCharsets.ISO_8859_1);
    ExtractedPage page =
        extractor.extract(bytes, StandardCharsets.ISO_8859_1, "https://x.example/");
    assertEquals(text, page.text());
  }

  @Test
  void givesAnEmptyResultForGarbageInsteadOfThrowing() {
    ExtractedPage page = extractor.extract(new byte[] {0, 1, 2, (byte) 0xff, 0x3c}, null, null);
    assertEquals("", page.text());
  }
}
