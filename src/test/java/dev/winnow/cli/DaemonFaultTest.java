package dev.winnow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.winnow.cluster.Story;
import dev.winnow.store.StoreReader;
import dev.winnow.store.Stores;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon as a separate process, stopped by SIGTERM and killed with SIGKILL in the middle of a
 * poll of slow pages from a local server: it exits in time, and the index reopens whole, keeps what
 * was committed and never stores an article twice.
 */
class DaemonFaultTest {
  private static final int FEEDS = 24;
  private static final int ITEMS = 6;

  @TempDir Path dir;
  private HttpServer server;
  private ExecutorService threads;
  private final AtomicInteger pages = new AtomicInteger();

  @BeforeEach
  void startSlowSite() throws IOException {
    threads = Executors.newFixedThreadPool(8);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 32);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    threads.shutdownNow();
  }

  @Test
  void sigtermStopsTheDaemonWithinTenSecondsAndTheIndexOpens() throws Exception {
    Process daemon = winnow("run", "--config", config(FEEDS), "--index", index(), "--port", "0");
    awaitPages(10);
    daemon.destroy(); // SIGTERM
    assertTrue(daemon.waitFor(10, TimeUnit.SECONDS), "still running 10 s after SIGTERM");
    try (StoreReader reader = Stores.openReadOnly(dir.resolve("index"))) {
      // what the shutdown committed is whole: every stored article is in exactly one story
      int inStories = reader.stories(10_000).stream().mapToInt(Story::articleCount).sum();
      assertEquals(reader.articleCount(), inStories);
    }
  }

  @Test
  void afterKill9NothingCommittedIsLostAndNothingIsStoredTwice() throws Exception {
    Process first = winnow("poll", "--once", "--config", config(FEEDS / 2), "--index", index());
    assertEquals(0, first.waitFor());
    int committed = articles();
    assertEquals(FEEDS / 2 * ITEMS, committed);

    Process daemon = winnow("run", "--config", config(FEEDS), "--index", index(), "--port", "0");
    awaitPages(committed + 20);
    daemon.destroyForcibly(); // SIGKILL, mid-poll
    daemon.waitFor();
    assertTrue(articles() >= committed, "lost committed articles");

    Process again = winnow("poll", "--once", "--config", config(FEEDS), "--index", index());
    assertEquals(0, again.waitFor());
    try (StoreReader reader = Stores.openReadOnly(dir.resolve("index"))) {
      assertEquals(FEEDS * ITEMS, reader.articleCount());
      int inStories = reader.stories(10_000).stream().mapToInt(Story::articleCount).sum();
      assertEquals(FEEDS * ITEMS, inStories, "an article counted in two stories");
    }
  }

  private int articles() throws Exception {
    try (StoreReader reader = Stores.openReadOnly(dir.resolve("index"))) {
      return reader.articleCount();
    }
  }

  private void awaitPages(int n) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (pages.get() < n && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private Process winnow(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("daemon.log").toFile())
        .start();
  }

  private String index() {
    return dir.resolve("index").toString();
  }

  private String config(int feeds) throws IOException {
    StringBuilder yaml = new StringBuilder("feeds:\n");
    for (int f = 0; f < feeds; f++) {
      yaml.append("  - name: \"Outlet ").append(f).append("\"\n");
      yaml.append("    url: \"http://127.0.0.1:")
          .append(server.getAddress().getPort())
          .append("/f/")
          .append(f)
          .append(".xml\"\n");
    }
    yaml.append("fetch:\n  allow_private_networks: true\npoll:\n  workers: 4\n");
    Path file = dir.resolve("feeds-" + feeds + ".yml");
    Files.writeString(file, yaml);
    return file.toString();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String body;
      String type;
      if (path.startsWith("/f/")) {
        body = feed(Integer.parseInt(path.substring(3, path.indexOf(".xml"))));
        type = "application/rss+xml";
      } else {
        sleep(60); // a slow publisher: the poll is still running when the signal comes
        pages.incrementAndGet();
        String slug = path.substring(path.lastIndexOf('/') + 1);
        body =
            "<html><head><title>"
                + slug
                + "</title></head><body><article><p>"
                + ("Report " + slug + " on the premiere of production " + slug + ". ").repeat(12)
                + "</p></article></body></html>";
        type = "text/html; charset=utf-8";
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", type);
      ex.sendResponseHeaders(200, bytes.length);
      ex.getResponseBody().write(bytes);
    }
  }

  private String feed(int f) {
    StringBuilder rss =
        new StringBuilder("<rss version=\"2.0\"><channel><title>Outlet " + f + "</title>");
    for (int i = 0; i < ITEMS; i++) {
      String link =
          "http://127.0.0.1:" + server.getAddress().getPort() + "/a/" + f + "-" + i + ".html";
      rss.append("<item><title>Premiere ")
          .append(f)
          .append('-')
          .append(i)
          .append("</title>")
          .append("<link>")
          .append(link)
          .append("</link><guid>")
          .append(link)
          .append("</guid>")
          .append("<pubDate>Mon, 02 Mar 2026 ")
          .append(String.format("%02d", i + 8))
          .append(":00:00 GMT</pubDate></item>");
    }
    return rss.append("</channel></rss>").toString();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
