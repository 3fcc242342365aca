package dev.winnow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.serve.WebServer;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.Stores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServingTest {
  @TempDir Path dir;

  @Test
  void healthAnswersWhereNothingPolls() throws Exception {
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      InstantSource clock = InstantSource.fixed(Instant.parse("2026-03-05T12:00:00Z"));
      var feed = Serving.mergedFeed(store.reader(), "127.0.0.1", 0, clock);
      try (WebServer server =
          Serving.start(store.reader(), () -> null, feed, "127.0.0.1", 0, clock, null)) {
        HttpResponse<String> health =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + "/health"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"status\" : \"ok\""), health.body());
      }
    }
  }

  @Test
  void healthIsDegradedWhileSomeFeedsFailAndFailingWith503WhenAllDo() throws Exception {
    Path yml = dir.resolve("feeds.yml");
    java.nio.file.Files.writeString(
        yml,
        "feeds:\n  - name: A\n    url: https://a.example/rss\n"
            + "  - name: B\n    url: https://b.example/rss\n");
    var config = dev.winnow.config.ConfigLoader.load(yml);
    InstantSource clock = InstantSource.fixed(Instant.parse("2026-03-05T12:00:00Z"));
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      var feed = Serving.mergedFeed(store.reader(), "127.0.0.1", 0, clock);
      try (WebServer server =
          Serving.start(store.reader(), () -> config, feed, "127.0.0.1", 0, clock, null)) {
        failing(store, "A", clock);
        HttpResponse<String> some = health(server);
        assertEquals(200, some.statusCode());
        assertTrue(some.body().contains("\"status\" : \"degraded\""), some.body());
        failing(store, "B", clock);
        HttpResponse<String> all = health(server);
        assertEquals(503, all.statusCode());
        assertTrue(all.body().contains("\"failing\" : 2"), all.body());
      }
    }
  }

  private static void failing(StoreWriter store, String feed, InstantSource clock)
      throws Exception {
    Instant now = clock.instant();
    store.saveFeedState(
        new dev.winnow.store.FeedState(
            feed, null, null, now, null, "cannot resolve host", 1, null, null, null, null, null));
    store.commit();
    store.reader().refresh();
  }

  private static HttpResponse<String> health(WebServer server) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
