package dev.winnow.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.ArticleIds;
import dev.winnow.cluster.Assignment;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story merged into another keeps resolving, before and after the commit and on reopening. */
class StoryMergeTest {
  @TempDir Path dir;

  private static final Instant NINE = Instant.parse("2026-05-04T09:00:00Z");

  @Test
  void aMergedAwayStoryIdResolvesToTheStoryItBecamePartOf() throws Exception {
    try (LuceneStore store = LuceneStore.openForWriting(dir)) {
      store.add(article("finale-a", "Harbor Lights finale draws record audience", 0), starts("A"));
      store.add(article("finale-b", "Record audience for the Harbor Lights finale", 1), joins("A"));
      store.commit();
      store.add(
          article("ending-a", "Harbor Lights showrunner explains the ending", 2), starts("B"));
      store.add(article("ending-b", "Why the Harbor Lights ending had to be", 3), joins("B"));
      store.add(
          article("bridge", "Harbor Lights finale: the showrunner on the ending", 4),
          new Assignment("A", false, 0.5, List.of("story 0.50"), List.of("B")));

      assertMergedIntoA(store);
      store.commit();
      assertMergedIntoA(store);
    }
    try (LuceneReader reader = LuceneReader.openReadOnly(dir)) {
      assertMergedIntoA(reader);
    }
  }

  @Test
  void theSameOutletsSameTextUnderAnotherUrlIsFoundAsTheStoredArticle() throws Exception {
    String text = "The studio confirmed the sequel will shoot in Lisbon this autumn. ".repeat(6);
    Article first = withText(article("sequel", "Sequel confirmed", 0), "Outlet A", text);
    try (LuceneStore store = LuceneStore.openForWriting(dir)) {
      store.add(first, starts("S"));
      String hash = ArticleIds.contentHashOf(first).orElseThrow();
      assertEquals(
          first.id(), store.articleWithText("Outlet A", hash).orElseThrow().article().id());
      store.commit();
      assertEquals(
          first.id(), store.articleWithText("Outlet A", hash).orElseThrow().article().id());
      assertTrue(store.articleWithText("Outlet B", hash).isEmpty());
    }
  }

  private static Article withText(Article a, String outlet, String text) {
    return new Article(
        a.id(), a.url(), outlet, a.title(), "", text, "", "", "page", a.published(), a.fetched());
  }

  private static void assertMergedIntoA(StoreReader store) {
    Story b = store.story("B").orElseThrow();
    assertEquals("A", b.id());
    assertEquals(5, b.articleCount());
    assertEquals("Harbor Lights finale draws record audience", b.title());
    assertEquals(5, store.articlesOf("B").size());
    assertTrue(store.articlesOf("A").stream().allMatch(a -> a.assignment().storyId().equals("A")));
    assertFalse(store.stories(10).stream().anyMatch(s -> s.id().equals("B")));
  }

  private static Assignment starts(String story) {
    return new Assignment(story, true, 0, List.of());
  }

  private static Assignment joins(String story) {
    return new Assignment(story, false, 0.4, List.of("story 0.40"));
  }

  private static Article article(String slug, String title, int hours) {
    URI url = URI.create("https://outlet-" + slug + ".example/" + slug);
    Instant at = NINE.plusSeconds(hours * 3600L);
    return new Article(
        ArticleIds.idOf(url), url, "Outlet " + slug, title, "", "", "", "", "feed", at, at);
  }
}
