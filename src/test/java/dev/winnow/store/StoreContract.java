package dev.winnow.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.ArticleIds;
import dev.winnow.cluster.Assignment;
import dev.winnow.cluster.ClusterIndex;
import dev.winnow.cluster.ClusteredArticle;
import dev.winnow.cluster.ClusteredArticle.StoryMerge;
import dev.winnow.cluster.StoryState;
import dev.winnow.cluster.TermField;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every store backend must do, whatever it is built on: a backend's test class extends this
 * and says how to open it. Articles are written as the clusterer would hand them over.
 */
public abstract class StoreContract {
  @TempDir protected Path dir;

  protected abstract StoreWriter openWriter(Path location) throws Exception;

  protected abstract StoreReader openReader(Path location) throws Exception;

  /**
   * Whether what one writer makes searchable (a refresh) is seen by every reader at once, as a
   * shared cluster's soft commit is; an embedded index's other openers see its last commit.
   */
  protected boolean refreshesAreShared() {
    return false;
  }

  private final Stories stories = new Stories();

  @Test
  void aSeenEntryIsKnownOnceMadeSearchableAndAfterReopening() throws Exception {
    try (StoreWriter store = openWriter(dir)) {
      store.markSeen("Glow", "guid-1", "a1");
      store.refresh();
      assertTrue(store.reader().hasSeen("Glow", "guid-1"));
      assertFalse(store.reader().hasSeen("Glow", "guid-2"));
      assertFalse(store.reader().hasSeen("Marquee", "guid-1"));
      store.commit();
    }
    try (StoreReader reader = openReader(dir)) {
      assertTrue(reader.hasSeen("Glow", "guid-1"));
    }
  }

  @Test
  void aStoryKeepsEachCategoryOfItsArticlesOnceAndAnArticleIsFoundByItsId() throws Exception {
    try (StoreWriter store = openWriter(dir)) {
      store.add(stories.starts("A", "tour-a", "Harbor Lights cast announces a tour", 0));
      store.add(stories.joins("A", "tour-b", "The Harbor Lights cast goes on tour", 1));
      store.commit();
    }
    try (StoreReader reader = openReader(dir)) {
      assertEquals(
          List.of("Gossip", "tag-tour-a", "tag-tour-b"),
          reader.story("A").orElseThrow().categories());
      var second = reader.articlesOf("A").get(1);
      assertEquals(List.of("Gossip", "tag-tour-b"), second.article().categories());
      assertEquals(second, reader.article(second.article().id()).orElseThrow());
      assertTrue(reader.article("no-such-article").isEmpty());
    }
  }

  @Test
  void writingAnArticleAgainReplacesIt() throws Exception {
    try (StoreWriter store = openWriter(dir)) {
      store.add(stories.starts("A", "gala", "Harbor gala opens the season", 0));
      store.commit();
      store.add(stories.starts("A", "gala", "Harbor gala opens the season", 0));
      store.commit();
      assertEquals(1, store.reader().articleCount());
      assertEquals(1, store.clusterIndex().articleCount());
    }
  }

  @Test
  void aMergedAwayStoryIdResolvesToTheStoryItBecamePartOf() throws Exception {
    try (StoreWriter store = openWriter(dir)) {
      store.add(stories.starts("A", "finale-a", "Harbor Lights finale draws record audience", 0));
      store.add(stories.joins("A", "finale-b", "Record audience for the Harbor Lights finale", 1));
      store.commit();
      store.add(stories.starts("B", "ending-a", "Harbor Lights showrunner explains the ending", 2));
      store.add(stories.joins("B", "ending-b", "Why the Harbor Lights ending had to be", 3));
      store.add(stories.bridges("A", "B", "bridge", "Harbor Lights finale: the ending", 4));
      store.refresh();
      assertMergedIntoA(store.reader());
      store.commit();
      assertMergedIntoA(store.reader());
      assertEquals(Map.of("A", "A", "B", "A"), resolved(store.clusterIndex(), "A", "B"));
    }
    try (StoreReader reader = openReader(dir)) {
      assertMergedIntoA(reader);
    }
  }

  @Test
  void documentFrequenciesCountLiveArticlesAfterRefreshesAndRewrites() throws Exception {
    try (StoreWriter store = openWriter(dir)) {
      store.add(stories.starts("A", "a1", "Lighthouse premiere in Lisbon", 0));
      store.add(stories.joins("A", "a2", "Lisbon lighthouse premiere draws stars", 1));
      store.add(stories.starts("B", "b1", "Lighthouse sequel confirmed", 2));
      store.add(stories.joins("B", "b2", "Sequel to the lighthouse film", 3));
      ClusterIndex index = store.clusterIndex();
      assertEquals(Map.of(), index.documentFrequencies(TermField.TEXT, List.of("lighthous")));
      store.refresh();
      assertEquals(4, index.articleCount());
      assertEquals(4, df(index, "lighthous"));
      assertEquals(2, df(index, "lisbon"));
      store.add(stories.bridges("A", "B", "bridge", "Lighthouse premiere and sequel", 4));
      store.commit();
      assertEquals(5, index.articleCount(), "moved articles are rewritten, not added");
      assertEquals(5, df(index, "lighthous"));
      assertEquals(
          Map.of("premier", 3),
          index.documentFrequencies(TermField.TITLE, Set.of("premier", "absent")));
      store.deleteArticlesAndStories();
      store.refresh();
      assertEquals(0, index.articleCount());
      assertEquals(0, df(index, "lighthous"));
    }
  }

  @Test
  void candidatesAndStoriesAreFoundOnlyWithinTheirTimeWindow() throws Exception {
    try (StoreWriter store = openWriter(dir)) {
      store.add(stories.starts("A", "a1", "Lighthouse premiere in Lisbon", 0));
      store.add(stories.joins("A", "a2", "Lisbon lighthouse premiere draws stars", 1));
      store.add(stories.starts("C", "c1", "Lighthouse premiere: a second look", 48));
      store.commit();
      ClusterIndex index = store.clusterIndex();
      Instant from = Stories.NINE.minusSeconds(3600);
      Instant to = Stories.NINE.plusSeconds(6 * 3600);
      List<String> found =
          index.articlesWithAnyTerm(List.of("lighthous"), from, to, 10).stream()
              .map(a -> a.storyId() + ":" + a.titleTf().containsKey("lisbon"))
              .sorted()
              .toList();
      assertEquals(List.of("A:true", "A:true"), found);
      assertEquals(List.of("A"), index.storiesWithAnyKeyTerm(List.of("lighthous"), from, to, 10));
      assertEquals(
          List.of(),
          index.storiesWithAnyKeyTerm(List.of("lighthous"), to, to.plusSeconds(99 * 3600), 10),
          "a story of one article is no merge candidate");
    }
  }

  @Test
  void exactCopiesAreFoundByIdAndByTheOutletsText() throws Exception {
    String text = "The studio confirmed the sequel will shoot in Lisbon this autumn. ".repeat(6);
    try (StoreWriter store = openWriter(dir)) {
      ClusteredArticle first = stories.starts("S", "sequel", "Sequel confirmed", 0, text);
      store.add(first);
      store.commit();
      Article a = first.analyzed().article();
      String hash = ArticleIds.contentHashOf(a).orElseThrow();
      assertTrue(store.clusterIndex().hasArticle(a.id()));
      assertEquals(a.id(), store.clusterIndex().articleWithText(a.outlet(), hash).orElseThrow());
      assertTrue(store.clusterIndex().articleWithText("Other outlet", hash).isEmpty());
    }
  }

  @Test
  void aSecondOpenerSeesTheLastCommitWholeAndNothingAfterIt() throws Exception {
    try (StoreWriter store = openWriter(dir)) {
      store.add(stories.starts("A", "a1", "Lighthouse premiere in Lisbon", 0));
      store.markSeen("Glow", "g1", "a1");
      store.saveFeedState(FeedState.neverPolled("Glow"));
      store.commit();
      store.add(stories.joins("A", "a2", "Lisbon lighthouse premiere draws stars", 1));
      store.markSeen("Glow", "g2", "a2");
      store.refresh();
      int seen = refreshesAreShared() ? 2 : 1;
      try (StoreReader other = openReader(dir)) {
        assertEquals(seen, other.articleCount());
        assertEquals(seen, other.story("A").orElseThrow().articleCount());
        assertTrue(other.hasSeen("Glow", "g1"));
        assertEquals(refreshesAreShared(), other.hasSeen("Glow", "g2"));
      }
      assertEquals(2, store.reader().articleCount(), "the writer's reader sees its refresh");
    }
  }

  @Test
  void aStoryRecordKeepsItsFirstArticlesLinksInPublishedOrder() throws Exception {
    try (StoreWriter store = openWriter(dir)) {
      store.add(stories.starts("A", "a0", "Lighthouse premiere in Lisbon", 40));
      for (int i = 1; i < 30; i++) {
        store.add(stories.joins("A", "a" + i, "Lighthouse premiere report " + i, 40 - i));
      }
      store.commit();
      var story = store.reader().stories(1).get(0);
      assertEquals(30, story.articleCount());
      assertEquals(dev.winnow.cluster.Story.LISTED, story.firstArticles().size());
      assertEquals("Lighthouse premiere report 29", story.firstArticles().get(0).title());
      var times = story.firstArticles().stream().map(l -> l.published()).toList();
      assertEquals(times.stream().sorted().toList(), times);
      assertEquals("Outlet a29", story.firstArticles().get(0).outlet());
    }
  }

  private static int df(ClusterIndex index, String term) {
    return index.documentFrequencies(TermField.TEXT, List.of(term)).getOrDefault(term, 0);
  }

  private static Map<String, String> resolved(ClusterIndex index, String... ids) {
    Map<String, String> out = new java.util.TreeMap<>();
    for (String id : ids) {
      out.put(id, index.mergedInto(id).orElse(id));
    }
    return out;
  }

  private static void assertMergedIntoA(StoreReader store) {
    var b = store.story("B").orElseThrow();
    assertEquals("A", b.id());
    assertEquals(5, b.articleCount());
    assertEquals(5, b.firstArticles().size());
    assertEquals("Harbor Lights finale draws record audience", b.title());
    assertEquals(5, store.articlesOf("B").size());
    assertTrue(store.articlesOf("A").stream().allMatch(a -> a.assignment().storyId().equals("A")));
    assertFalse(store.stories(10).stream().anyMatch(s -> s.id().equals("B")));
  }

  /** Builds what the clusterer would hand over, keeping each story's record as it grows. */
  private static final class Stories {
    static final Instant NINE = Instant.parse("2026-05-04T09:00:00Z");
    private final Map<String, StoryState> states = new java.util.HashMap<>();

    ClusteredArticle starts(String story, String slug, String title, int hours) {
      return starts(story, slug, title, hours, "");
    }

    ClusteredArticle starts(String story, String slug, String title, int hours, String text) {
      var a = dev.winnow.cluster.TextAnalysis.analyze(article(slug, title, hours, text));
      StoryState state = StoryState.started(a, story);
      states.put(story, state);
      return new ClusteredArticle(a, new Assignment(story, true, 0, List.of()), List.of(), state);
    }

    ClusteredArticle joins(String story, String slug, String title, int hours) {
      var a = dev.winnow.cluster.TextAnalysis.analyze(article(slug, title, hours, ""));
      StoryState state = states.get(story).joined(a);
      states.put(story, state);
      var assignment = new Assignment(story, false, 0.4, List.of("story 0.40"));
      return new ClusteredArticle(a, assignment, List.of(), state);
    }

    /** An article that joins {@code into} and bridges {@code from} into it. */
    ClusteredArticle bridges(String into, String from, String slug, String title, int hours) {
      var a = dev.winnow.cluster.TextAnalysis.analyze(article(slug, title, hours, ""));
      StoryState merged = states.get(into).merged(states.remove(from));
      StoryState joined = merged.joined(a);
      states.put(into, joined);
      var assignment = new Assignment(into, false, 0.5, List.of("story 0.50"), List.of(from));
      return new ClusteredArticle(a, assignment, List.of(new StoryMerge(from, merged)), joined);
    }

    private static Article article(String slug, String title, int hours, String text) {
      var url = java.net.URI.create("https://outlet-" + slug + ".example/" + slug);
      Instant at = NINE.plusSeconds(hours * 3600L);
      return new Article(
          ArticleIds.idOf(url),
          url,
          "Outlet " + slug,
          title,
          "",
          text,
          "",
          "",
          "feed",
          at,
          at,
          List.of("Gossip", "tag-" + slug));
    }
  }
}
