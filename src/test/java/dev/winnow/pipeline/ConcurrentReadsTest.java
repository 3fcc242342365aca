package dev.winnow.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.config.ConfigLoader;
import dev.winnow.config.WinnowConfig;
import dev.winnow.serve.MergedFeed;
import dev.winnow.serve.WebServer;
import dev.winnow.store.SearchQuery;
import dev.winnow.store.StoreReader;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.Stores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon's threads at once: while one poll ingests thousands of articles (refreshing the index
 * every 250), clients fetch the feeds and health over HTTP and a CLI-like reader searches and lists
 * stories. Readers only ever use the store's reader; none may see an error.
 */
class ConcurrentReadsTest {
  private static final int FEEDS = 20;
  private static final int ITEMS = 100;
  private static final List<String> WORDS =
      List.of(
          "premiere",
          "tour",
          "album",
          "divorce",
          "gala",
          "trailer",
          "casting",
          "festival",
          "lawsuit",
          "engagement",
          "podcast",
          "finale",
          "reunion",
          "memoir",
          "award",
          "single",
          "Lisbon",
          "Harbor",
          "Marlowe",
          "Quinn",
          "Okafor",
          "Vance",
          "sequel",
          "studio");

  @TempDir Path dir;

  @Test
  void feedsHealthAndSearchAnswerWithoutErrorWhileAPollIngestsThousandsOfArticles()
      throws Exception {
    try (LocalSite site = new LocalSite();
        StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      WinnowConfig config = config(site, dir.resolve("feeds.yml"));
      StoreReader reader = store.reader();
      MergedFeed feed = new MergedFeed(reader, "winnow", "http://127.0.0.1", Instant.EPOCH, 100);
      try (WebServer server =
          new WebServer(
              "127.0.0.1",
              0,
              feed,
              () -> Map.of("status", "ok", "articles", reader.articleCount()),
              null)) {
        server.start();
        AtomicBoolean polling = new AtomicBoolean(true);
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (String path : List.of("/feed.atom", "/feed.json", "/health", "/feed.xml")) {
          clients.add(client(server.port(), path, feed, polling, errors, answered));
        }
        clients.add(searcher(reader, polling, errors, answered));
        clients.forEach(Thread::start);
        InstantSource clock = InstantSource.fixed(Instant.parse("2026-03-05T12:00:00Z"));
        List<FeedOutcome> outcomes = new Pipeline(config, store, clock).pollOnce();
        polling.set(false);
        for (Thread t : clients) {
          t.join();
        }
        assertEquals(List.of(), List.copyOf(errors));
        assertTrue(answered.get() > 50, "readers answered " + answered.get() + " times");
        assertEquals(FEEDS * ITEMS, outcomes.stream().mapToInt(FeedOutcome::newArticles).sum());
        assertEquals(FEEDS * ITEMS, reader.articleCount());
      }
    }
  }

  private Thread client(
      int port,
      String path,
      MergedFeed feed,
      AtomicBoolean polling,
      Queue<String> errors,
      AtomicInteger answered) {
    HttpClient http = HttpClient.newHttpClient();
    URI uri = URI.create("http://127.0.0.1:" + port + path);
    return new Thread(
        () -> {
          while (polling.get()) {
            try {
              feed.invalidate(); // every request renders from the store as it is now
              var response =
                  http.send(
                      HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                      HttpResponse.BodyHandlers.ofByteArray());
              if (response.statusCode() != 200) {
                errors.add(path + " answered " + response.statusCode());
              }
              answered.incrementAndGet();
              Thread.sleep(20); // reading all the time, leaving the writer a core
            } catch (Exception e) {
              errors.add(path + ": " + e);
            }
          }
        });
  }

  private static Thread searcher(
      StoreReader reader, AtomicBoolean polling, Queue<String> errors, AtomicInteger answered) {
    return new Thread(
        () -> {
          Random random = new Random(3);
          while (polling.get()) {
            try {
              String word = WORDS.get(random.nextInt(WORDS.size()));
              reader.search(SearchQuery.parse(word + " OR gala", null, null, 20));
              reader.stories(50).forEach(s -> reader.story(s.id()).orElseThrow());
              answered.incrementAndGet();
              Thread.sleep(20);
            } catch (Exception e) {
              errors.add("search: " + e);
            }
          }
        });
  }

  private static WinnowConfig config(LocalSite site, Path file) throws Exception {
    Random random = new Random(11);
    StringBuilder yaml = new StringBuilder("feeds:\n");
    for (int f = 0; f < FEEDS; f++) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < ITEMS; i++) {
        StringBuilder title = new StringBuilder("Star");
        for (int w = 0; w < 6; w++) {
          title.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
        }
        String link = site.base() + "/a/" + f + "/" + i;
        items.add(LocalSite.item(null, link, title.toString(), title + " reported by outlet " + f));
      }
      site.putRss("/feed" + f + ".xml", items);
      yaml.append("  - name: Outlet ").append(f).append("\n    url: ");
      yaml.append(site.base()).append("/feed").append(f).append(".xml\n");
    }
    yaml.append("fetch:\n  allow_private_networks: true\n  timeout_seconds: 5\n");
    Files.writeString(file, yaml);
    return ConfigLoader.load(file);
  }
}
