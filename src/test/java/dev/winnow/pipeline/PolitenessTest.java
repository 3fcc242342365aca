package dev.winnow.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.winnow.config.ConfigLoader;
import dev.winnow.config.WinnowConfig;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.Stores;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The politeness rules, asserted from the request log of a local server the test starts. */
class PolitenessTest {
  private static final String RSS =
      "<rss version=\"2.0\"><channel><title>t</title><link>http://x.example/</link>"
          + "<description>d</description></channel></rss>";

  @TempDir Path dir;
  private HttpServer server;
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private Instant now = Instant.parse("2026-06-01T12:00:00Z");
  private final InstantSource clock = () -> now;
  private WinnowConfig config;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 32);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", this::handle);
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    StringBuilder yaml = new StringBuilder("feeds:\n");
    for (String path :
        List.of(
            "limited.xml",
            "gone.xml",
            "old.xml",
            "s1.xml",
            "s2.xml",
            "s3.xml",
            "s4.xml",
            "s5.xml")) {
      yaml.append("  - name: ")
          .append(path)
          .append("\n    url: ")
          .append(base)
          .append('/')
          .append(path)
          .append('\n');
    }
    yaml.append("poll:\n  workers: 8\n");
    Path file = dir.resolve("feeds.yml");
    Files.writeString(file, yaml);
    config = ConfigLoader.load(file);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String etag = ex.getRequestHeaders().getFirst("If-None-Match");
      log.add(path + (etag == null ? "" : " If-None-Match=" + etag));
      int current = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(current, Math::max);
      try {
        Thread.sleep(path.startsWith("/s") ? 150 : 0);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        inFlight.decrementAndGet();
      }
      switch (path) {
        case "/limited.xml" -> {
          ex.getResponseHeaders().set("Retry-After", "120");
          ex.sendResponseHeaders(429, -1);
        }
        case "/gone.xml" -> ex.sendResponseHeaders(410, -1);
        case "/old.xml" -> {
          ex.getResponseHeaders().set("Location", "/new.xml");
          ex.sendResponseHeaders(301, -1);
        }
        default -> {
          if ("\"v1\"".equals(etag)) {
            ex.sendResponseHeaders(304, -1);
            return;
          }
          byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().set("ETag", "\"v1\"");
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
        }
      }
    }
  }

  private void pollDue(StoreWriter store, boolean force) throws IOException {
    new Pipeline(config, store, clock)
        .pollOnce(new Schedule(config.poll(), clock).due(config.feeds(), store.reader(), force));
  }

  private long requests(String line) {
    return log.stream().filter(l -> l.equals(line)).count();
  }

  @Test
  void honoursRetryAfterGoneAndPermanentRedirectsAndSendsValidatorsBack() throws Exception {
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      pollDue(store, false);
      now = now.plus(Duration.ofSeconds(60));
      pollDue(store, true); // forced: the interval is skipped, Retry-After and 410 are not
      assertEquals(1, requests("/limited.xml"), "nothing is sent before Retry-After: " + log);
      now = now.plus(Duration.ofSeconds(61));
      pollDue(store, true);
      assertEquals(2, requests("/limited.xml"), "asked again once Retry-After passed: " + log);
      now = now.plus(Duration.ofDays(3));
      pollDue(store, false);
      assertEquals(1, requests("/gone.xml"), "a 410 feed is never polled again: " + log);
      assertEquals(1, requests("/old.xml"), "a 301 is remembered: " + log);
      assertTrue(requests("/new.xml If-None-Match=\"v1\"") >= 2, "validators go back: " + log);
      assertTrue(requests("/s1.xml If-None-Match=\"v1\"") >= 1, log.toString());
    }
  }

  @Test
  void neverHasMoreThanTwoRequestsInFlightToOneHost() throws Exception {
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      pollDue(store, false);
    }
    // five slow feeds on eight workers: the limit is reached (two do overlap), never passed
    assertEquals(2, maxInFlight.get(), "in flight at once at most");
    assertEquals(
        5, log.stream().filter(l -> l.startsWith("/s")).count(), "every healthy feed was polled");
  }
}
