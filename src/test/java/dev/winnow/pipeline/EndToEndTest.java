package dev.winnow.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.cluster.Story;
import dev.winnow.config.ConfigLoader;
import dev.winnow.config.WinnowConfig;
import dev.winnow.serve.MergedFeed;
import dev.winnow.store.ArticleStream;
import dev.winnow.store.SearchHit;
import dev.winnow.store.SearchQuery;
import dev.winnow.store.StoreReader;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.StoredArticle;
import dev.winnow.store.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One poll of three outlets on a local server, through every stage, into a real index. */
class EndToEndTest {
  private static final InstantSource CLOCK =
      InstantSource.fixed(Instant.parse("2026-03-05T12:00:00Z"));

  @TempDir Path dir;
  private FixtureSite site;
  private WinnowConfig config;

  @BeforeEach
  void startSite() throws Exception {
    site = new FixtureSite();
    String yaml =
        """
        feeds:
          - name: Glow
            url: %1$s/glow.xml
          - name: Marquee
            url: %1$s/marquee.atom
          - name: Wirely
            url: %1$s/wirely.xml
          - name: Not A Feed
            url: %1$s/not-a-feed
          - name: Unreachable
            url: http://127.0.0.1:1/feed.xml
        fetch:
          allow_private_networks: true
          timeout_seconds: 5
        """
            .formatted(site.base());
    Path file = dir.resolve("feeds.yml");
    Files.writeString(file, yaml);
    config = ConfigLoader.load(file);
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  @Test
  void foldsEachEventIntoOneStoryListingAllItsOutlets() throws Exception {
    Path index = dir.resolve("index");
    try (StoreWriter store = Stores.openForWriting(index)) {
      new Pipeline(config, store, CLOCK).pollOnce();
      Map<String, Story> byTitle = storiesByTitleWord(store.reader().stories(50));
      assertEquals(4, store.reader().stories(50).size(), "engagement, renewal, casting, festival");
      assertEquals(
          Set.of("Glow", "Marquee", "Wirely"), Set.copyOf(byTitle.get("engaged").outlets()));
      assertEquals(Set.of("Glow", "Marquee"), Set.copyOf(byTitle.get("Orbit").outlets()));
      assertEquals(List.of("Wirely"), byTitle.get("Glass").outlets(), "same actress, other event");
      assertEquals(7, store.reader().articleCount());
    }
  }

  @Test
  void reclusteringEveryStoredArticleRebuildsTheSameStories() throws Exception {
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      Pipeline pipeline = new Pipeline(config, store, CLOCK);
      pipeline.pollOnce();
      Set<String> before = outletsByStory(store.reader().stories(50));
      assertEquals(7, pipeline.reclusterAll());
      assertEquals(before, outletsByStory(store.reader().stories(50)));
      assertEquals(7, store.reader().articleCount());
    }
  }

  private static Set<String> outletsByStory(List<Story> stories) {
    return stories.stream()
        .map(s -> s.id() + "=" + new java.util.TreeSet<>(s.outlets()))
        .collect(Collectors.toSet());
  }

  @Test
  void reportsBrokenFeedsByNameWhileTheOthersArePolled() throws Exception {
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      List<FeedOutcome> outcomes = new Pipeline(config, store, CLOCK).pollOnce();
      Map<String, FeedOutcome> byName =
          outcomes.stream().collect(Collectors.toMap(FeedOutcome::feedName, o -> o));
      assertTrue(byName.get("Not A Feed").describe().contains("'Not A Feed'"));
      assertTrue(byName.get("Not A Feed").error().contains("HTML page"));
      assertTrue(byName.get("Unreachable").failed());
      assertFalse(byName.get("Unreachable").describe().contains("\n"));
      assertEquals(3, byName.get("Glow").newArticles());
    }
  }

  @Test
  void secondPollAddsNothingAndTheIndexReopensWhole() throws Exception {
    Path index = dir.resolve("index");
    try (StoreWriter store = Stores.openForWriting(index)) {
      new Pipeline(config, store, CLOCK).pollOnce();
    }
    try (StoreWriter store = Stores.openForWriting(index)) {
      List<FeedOutcome> again = new Pipeline(config, store, CLOCK).pollOnce();
      assertEquals(0, again.stream().mapToInt(FeedOutcome::newArticles).sum());
    }
    try (StoreReader reader = Stores.openReadOnly(index)) {
      assertEquals(7, reader.articleCount());
      assertEquals(4, reader.stories(50).size());
      List<SearchHit> hits = reader.search(SearchQuery.parse("lighthouse", null, null, 10));
      assertFalse(hits.isEmpty());
      Story renewal = reader.story(hits.get(0).storyId()).orElseThrow();
      assertTrue(renewal.title().contains("Orbit Falls"));
    }
  }

  @Test
  void storesTheCanonicalUrlWithoutTrackingParameters() throws Exception {
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      new Pipeline(config, store, CLOCK).pollOnce();
      try (ArticleStream all = store.reader().articles()) {
        for (StoredArticle stored : all) {
          String url = stored.article().url().toString();
          assertFalse(url.contains("utm_"), url);
          assertEquals("page", stored.article().bodySource());
          assertFalse(stored.article().text().contains("Related stories"));
          assertFalse(stored.article().text().contains("newsletter"));
        }
      }
    }
  }

  @Test
  void servesOneMergedEntryPerStoryInEveryFormat() throws Exception {
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      new Pipeline(config, store, CLOCK).pollOnce();
      MergedFeed feed =
          new MergedFeed(store.reader(), "test", "http://localhost:8080", Instant.EPOCH, 100);
      String rss = new String(feed.bytes(MergedFeed.Format.RSS), "UTF-8");
      String atom = new String(feed.bytes(MergedFeed.Format.ATOM), "UTF-8");
      String json = new String(feed.bytes(MergedFeed.Format.JSON), "UTF-8");
      assertEquals(4, count(rss, "<item>"));
      assertEquals(4, count(atom, "<entry>"));
      assertEquals(4, count(json, "\"urn:winnow:story:"));
      assertTrue(atom.contains("Marquee"), "content names every outlet");
      AtomSchema.assertValid(feed.bytes(MergedFeed.Format.ATOM));
    }
  }

  @Test
  void countsPollsByResultInThePrometheusTextFormat() throws Exception {
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      PollMetrics metrics = new PollMetrics(store.reader());
      new Pipeline(config, store, CLOCK, metrics).pollOnce();
      var out = new java.io.ByteArrayOutputStream();
      metrics.writeTo(out);
      String text = out.toString("UTF-8");
      assertTrue(text.contains("winnow_feed_polls_total{result=\"ok\"} 3.0"), text);
      assertTrue(text.contains("winnow_feed_polls_total{result=\"error\"} 2.0"), text);
      assertTrue(text.contains("winnow_articles 7.0"), text);
      assertTrue(
          text.contains(
              "winnow_feed_polls_by_feed_total{feed=\"Unreachable\",result=\"error\"} 1.0"),
          text);
    }
  }

  private static int count(String text, String needle) {
    return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
  }

  private static Map<String, Story> storiesByTitleWord(List<Story> stories) {
    Map<String, Story> byWord = new java.util.HashMap<>();
    for (Story story : stories) {
      for (String word : story.title().split("\\W+")) {
        byWord.put(word, story);
      }
    }
    return byWord;
  }
}
