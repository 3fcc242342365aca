package dev.winnow.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One page per boilerplate trap, written for this project: NAME.html must extract to exactly
 * NAME.txt (the article's four paragraphs, nothing else).
 */
class GoldenPagesTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "navigation",
        "ads",
        "share-bar",
        "related-list",
        "author-box",
        "newsletter",
        "comments",
        "footer",
        "split-body",
        "br-paragraphs",
        "layout-table",
        "headline-and-captions"
      })
  void extractsOnlyTheArticleFrom(String name) throws IOException {
    byte[] html = read("/extract/golden/" + name + ".html");
    String expected = new String(read("/extract/golden/" + name + ".txt"), StandardCharsets.UTF_8);
    ExtractedPage page = extractor.extract(html, null, "https://coast.example/" + name);
    assertEquals(expected.strip(), page.text());
  }

  private static byte[] read(String resource) throws IOException {
    try (InputStream in = GoldenPagesTest.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }
}
