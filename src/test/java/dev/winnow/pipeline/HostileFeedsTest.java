package dev.winnow.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.cluster.BoundedText;
import dev.winnow.config.ConfigLoader;
import dev.winnow.config.WinnowConfig;
import dev.winnow.serve.MergedFeed;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.StoredArticle;
import dev.winnow.store.Stores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds written to break an aggregator, polled through every stage into a real index. */
class HostileFeedsTest {
  private static final InstantSource CLOCK =
      InstantSource.fixed(Instant.parse("2026-03-05T12:00:00Z"));
  private static final String WORDS =
      "The studio confirmed the second season of the drama on Tuesday after months of talks. ";

  @TempDir Path dir;
  private LocalSite site;

  @BeforeEach
  void start() throws Exception {
    site = new LocalSite();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private WinnowConfig config(String feedUrl, boolean fetchArticles) throws Exception {
    Path file = dir.resolve("feeds.yml");
    Files.writeString(
        file,
        """
        feeds:
          - name: Hostile
            url: %s
        fetch:
          allow_private_networks: true
          timeout_seconds: 5
          fetch_articles: %s
        """
            .formatted(feedUrl, fetchArticles));
    return ConfigLoader.load(file);
  }

  @Test
  void aGuidOverLucenesTermLimitIsStoredUnderItsHashAndTheOtherEntriesGoOn() throws Exception {
    String guid = "g".repeat(40_000);
    site.putRss(
        "/feed.xml",
        List.of(
            LocalSite.item(guid, null, "Poison entry", WORDS),
            LocalSite.item("ok-1", null, "Plain entry", WORDS)));
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      var outcomes =
          new Pipeline(config(site.base() + "/feed.xml", false), store, CLOCK).pollOnce();
      assertEquals("", outcomes.get(0).error());
      assertEquals(2, store.reader().articleCount());
      assertEquals(
          0,
          new Pipeline(config(site.base() + "/feed.xml", false), store, CLOCK)
              .pollOnce()
              .get(0)
              .newEntries(),
          "both entries are known on the next poll");
    }
  }

  @Test
  void aFeedWithMoreNewEntriesThanAPassTakesStoresTheRestAtItsNextPolls() throws Exception {
    int n = FeedPoller.MAX_NEW_ENTRIES_PER_PASS + 150;
    List<String> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(LocalSite.item("e" + i, null, "Item number " + i + " of a huge feed", "x" + i));
    }
    site.putRss("/huge.xml", items);
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      Pipeline pipeline = new Pipeline(config(site.base() + "/huge.xml", false), store, CLOCK);
      assertEquals(FeedPoller.MAX_NEW_ENTRIES_PER_PASS, pipeline.pollOnce().get(0).newEntries());
      assertEquals(150, pipeline.pollOnce().get(0).newEntries());
      assertEquals(n, store.reader().articleCount());
    }
  }

  @Test
  void hugeTitlesAreCappedAndTheServedFeedStaysBounded() throws Exception {
    String title = "Headline ".repeat(120_000); // about 1 MB
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      items.add(LocalSite.item("big-" + i, null, title + i, title));
    }
    site.putRss("/big.xml", items);
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      new Pipeline(config(site.base() + "/big.xml", false), store, CLOCK).pollOnce();
      for (var story : store.reader().stories(100)) {
        for (StoredArticle a : store.reader().articlesOf(story.id())) {
          assertTrue(a.article().title().length() <= BoundedText.TITLE_CHARS);
          assertTrue(a.article().summary().length() <= BoundedText.SUMMARY_CHARS);
        }
      }
      byte[] atom =
          new MergedFeed(store.reader(), "t", "http://x", Instant.EPOCH, 100)
              .bytes(MergedFeed.Format.ATOM);
      assertTrue(atom.length < 1_000_000, "served " + atom.length + " bytes");
    }
  }

  @Test
  void anEntryWithoutALinkIsServedWithoutOneNeverWithTheFeedUrl() throws Exception {
    site.putRss("/feed.xml", List.of(LocalSite.item("only-guid", null, "No link here", WORDS)));
    String feedUrl = site.base() + "/feed.xml?token=s3cret";
    site.put("/feed.xml", "application/rss+xml", feedBody());
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      var outcome = new Pipeline(config(feedUrl, false), store, CLOCK).pollOnce().get(0);
      assertFalse(outcome.describe().contains("s3cret"), outcome.describe());
      String story = store.reader().stories(1).get(0).id();
      assertNull(store.reader().articlesOf(story).get(0).article().url());
      String atom =
          new String(
              new MergedFeed(store.reader(), "t", "http://x", Instant.EPOCH, 100)
                  .bytes(MergedFeed.Format.ATOM),
              StandardCharsets.UTF_8);
      assertFalse(atom.contains("feed.xml"), atom);
      assertFalse(atom.contains("s3cret"), atom);
    }
  }

  private String feedBody() {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
        + LocalSite.item("only-guid", null, "No link here", WORDS)
        + "</channel></rss>";
  }

  @Test
  void userInfoInTheFeedUrlIsSentAsBasicCredentialsToTheFeedOnly() throws Exception {
    String article = site.base().replace("127.0.0.1", "localhost") + "/story.html";
    site.putRss("/private.xml", List.of(LocalSite.item("p1", article, "Members only", WORDS)));
    site.put(
        "/story.html",
        "text/html",
        "<html><body><article><p>" + WORDS.repeat(5) + "</p></article></body></html>");
    String feedUrl = site.base().replace("http://", "http://reader:pa55@") + "/private.xml";
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      var outcome = new Pipeline(config(feedUrl, true), store, CLOCK).pollOnce().get(0);
      assertFalse(outcome.describe().contains("pa55"), outcome.describe());
    }
    assertTrue(
        site.authorizations.contains("/private.xml Basic cmVhZGVyOnBhNTU="),
        site.authorizations.toString());
    assertTrue(site.authorizations.contains("/story.html null"), site.authorizations.toString());
  }

  @Test
  void aPageClaimingAnotherArticlesCanonicalUrlDoesNotTakeItsIdentity() throws Exception {
    String a = site.base() + "/news/real.html";
    String b = site.base() + "/news/impostor.html";
    site.put("/news/real.html", "text/html", page(a, "The real story", WORDS));
    site.put(
        "/news/impostor.html",
        "text/html",
        page(a, "The impostor", "Completely different words about a cooking show finale. "));
    site.put(
        "/feed.xml",
        "application/rss+xml",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
            + LocalSite.item("r", a, "The real story", "")
            + LocalSite.item("i", b, "The impostor", "")
            + "</channel></rss>");
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      new Pipeline(config(site.base() + "/feed.xml", true), store, CLOCK).pollOnce();
      assertEquals(2, store.reader().articleCount());
      List<String> titles = new ArrayList<>();
      store.reader().stories(10).forEach(s -> titles.add(s.title()));
      assertTrue(titles.contains("The real story"), titles.toString());
    }
  }

  private static String page(String canonical, String title, String text) {
    return "<html><head><title>"
        + title
        + "</title><link rel=\"canonical\" href=\""
        + canonical
        + "\"></head><body><article><h1>"
        + title
        + "</h1><p>"
        + text.repeat(6)
        + "</p></article></body></html>";
  }
}
