package dev.winnow.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One page per boilerplate trap, written for this project: NAME.html must extract to exactly
 * NAME.txt (the article's four paragraphs, nothing else).
 */
class GoldenPagesTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  /** Every NAME.html of the folder, so a fixture added there cannot be left out. */
  static List<String> fixtures() throws IOException, URISyntaxException {
    Path folder = Path.of(GoldenPagesTest.class.getResource("/extract/golden").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".html"))
          .map(n -> n.substring(0, n.length() - ".html".length()))
          .sorted()
          .toList();
    }
  }

  @Test
  void findsEveryFixture() throws Exception {
    assertTrue(fixtures().size() >= 13, fixtures().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
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
