package dev.winnow.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {
  @Test
  void stripsTrackingParametersAndFragmentsButKeepsOthers() {
    URI url =
        URI.create("https://News.Example/a.html?utm_source=rss&id=7&fbclid=x&utm_medium=feed#top");
    assertEquals(URI.create("https://news.example/a.html?id=7"), ArticleIds.canonical(url));
  }

  @Test
  void givesTheSameIdToATrackingLinkAndTheCleanUrl() {
    URI clean = URI.create("https://news.example/a.html");
    URI tracked = URI.create("https://news.example/a.html?utm_source=rss");
    assertEquals(ArticleIds.idOf(clean), ArticleIds.idOf(ArticleIds.canonical(tracked)));
    assertNotEquals(
        ArticleIds.idOf(clean), ArticleIds.idOf(URI.create("https://news.example/b.html")));
  }

  @Test
  void treatsAmpVariantsAsThePageTheyMirror() {
    URI page = URI.create("https://news.example/2026/05/story");
    assertEquals(page, ArticleIds.canonical(URI.create("https://news.example/2026/05/story/amp/")));
    assertEquals(
        page, ArticleIds.canonical(URI.create("https://news.example/2026/05/story?amp=1")));
    assertEquals(
        URI.create("https://news.example/a.html"),
        ArticleIds.canonical(URI.create("https://news.example/a.amp.html")));
  }

  @Test
  void theSameTextWithOtherCaseSpacingAndPunctuationHasTheSameContentHash() {
    String text = "The band announced a forty-city tour on Monday. ".repeat(8);
    String retyped = text.toUpperCase().replace(".", " !").replace("-", " ");
    assertEquals(
        ArticleIds.contentHashOf(withText(text)), ArticleIds.contentHashOf(withText(retyped)));
    assertNotEquals(
        ArticleIds.contentHashOf(withText(text)),
        ArticleIds.contentHashOf(withText(text + " A correction was added.")));
  }

  @Test
  void aHeadlineOnlyOrOneLineArticleHasNoContentHash() {
    assertTrue(ArticleIds.contentHashOf(withText("")).isEmpty());
    assertTrue(ArticleIds.contentHashOf(withText("Singer cancels show.")).isEmpty());
  }

  private static Article withText(String text) {
    URI url = URI.create("https://outlet.example/a");
    Instant at = Instant.parse("2026-05-04T09:00:00Z");
    return new Article(
        "0123456789abcdef", url, "Outlet", "t", "", text, "", "", "page", at, at, List.of());
  }
}
