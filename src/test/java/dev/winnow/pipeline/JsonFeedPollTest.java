package dev.winnow.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.winnow.config.ConfigLoader;
import dev.winnow.config.WinnowConfig;
import dev.winnow.store.ArticleStream;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.StoredArticle;
import dev.winnow.store.Stores;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSON Feed on a local server, polled like any feed, its entries stored as articles. */
class JsonFeedPollTest {
  @TempDir Path dir;

  @Test
  void aJsonFeedIsPolledAndItsEntriesStoredLikeAnyFeeds() throws Exception {
    try (LocalSite site = new LocalSite();
        InputStream fixture = getClass().getResourceAsStream("/feed/marquee-1.1.json")) {
      String json = new String(fixture.readAllBytes(), StandardCharsets.UTF_8);
      site.put("/feed.json", "application/feed+json", json);
      Path file = dir.resolve("feeds.yml");
      Files.writeString(
          file,
          """
          feeds:
            - name: Marquee
              url: %s/feed.json
          fetch:
            fetch_articles: false
          """
              .formatted(site.base()));
      WinnowConfig config = ConfigLoader.load(file);
      InstantSource clock = InstantSource.fixed(Instant.parse("2026-03-05T12:00:00Z"));
      try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
        List<FeedOutcome> outcomes = new Pipeline(config, store, clock).pollOnce();
        assertEquals(2, outcomes.get(0).newArticles(), outcomes.get(0).describe());
        TreeSet<String> titles = new TreeSet<>();
        try (ArticleStream all = store.reader().articles()) {
          for (StoredArticle a : all) {
            titles.add(a.article().outlet() + ": " + a.article().title());
          }
        }
        assertEquals(
            new TreeSet<>(
                List.of(
                    "Marquee: Harbor gala opens the season",
                    "Marquee: Orbit Falls renewed for a fourth season")),
            titles);
      }
    }
  }
}
