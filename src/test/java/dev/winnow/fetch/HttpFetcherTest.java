package dev.winnow.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.winnow.config.FetchSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hostile responses from a local server: the size cap holds while streaming and after gunzip. */
class HttpFetcherTest {
  private static final long CAP = 64 * 1024;
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private HttpServer server;
  private HttpFetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext(
        "/bomb",
        ex -> {
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          ex.sendResponseHeaders(200, 0);
          try (OutputStream gz = new GZIPOutputStream(ex.getResponseBody())) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 2048; i++) { // 2 GiB of zeros, a few MB on the wire
              gz.write(zeros);
            }
          } catch (IOException clientHungUp) {
            // expected: the fetcher stops reading at the cap
          }
        });
    server.createContext(
        "/endless",
        ex -> {
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            byte[] chunk = new byte[8192];
            while (true) {
              out.write(chunk);
            }
          } catch (IOException clientHungUp) {
            // expected
          }
        });
    server.createContext(
        "/moved",
        ex -> {
          ex.getResponseHeaders().set("Location", "/busy");
          ex.sendResponseHeaders(308, -1);
          ex.close();
        });
    server.createContext(
        "/busy",
        ex -> {
          ex.getResponseHeaders().set("Retry-After", "Wed, 21 Oct 2037 07:28:00 GMT");
          ex.sendResponseHeaders(503, -1);
          ex.close();
        });
    server.start();
    fetcher =
        new HttpFetcher(
            new FetchSettings(true, Duration.ofSeconds(10), CAP, CAP, true, 2),
            InstantSource.fixed(NOW));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private FetchResult get(String path) {
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    return fetcher.fetch(FetchRequest.feed(url, null, null, CAP));
  }

  @Test
  void stopsAGzipBombAtTheCapCountedAfterDecompression() {
    long before = usedHeap();
    FetchResult result = get("/bomb");
    FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, result);
    assertTrue(failed.reason().startsWith("body larger than"), failed.reason());
    assertTrue(usedHeap() - before < 256L << 20, "the heap did not take the bomb");
  }

  @Test
  void stopsAnEndlessBodyAtTheCap() {
    FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, get("/endless"));
    assertTrue(failed.reason().startsWith("body larger than"), failed.reason());
  }

  @Test
  void readsRetryAfterAsAnHttpDateBehindARedirect() {
    FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, get("/moved"));
    assertEquals(503, failed.status());
    // capped at a week from now: a far-future date cannot silence a feed for years
    assertEquals(NOW.plus(Duration.ofDays(7)), failed.retryAt());
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
