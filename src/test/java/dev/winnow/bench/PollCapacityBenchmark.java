package dev.winnow.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.winnow.config.ConfigLoader;
import dev.winnow.config.WinnowConfig;
import dev.winnow.pipeline.FeedOutcome;
import dev.winnow.pipeline.Pipeline;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.Stores;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Polls N generated feeds (10 items each, with their article pages) from a local server in one
 * pass, end to end into a fresh index, and reports feeds/s, articles/s and the process's peak RSS
 * (a benchmark, not a test).
 *
 * <p>Usage: bench/run PollCapacityBenchmark [FEEDS] (default 2000).
 */
public final class PollCapacityBenchmark {
  private static final int ITEMS = 10;

  private PollCapacityBenchmark() {}

  public static void main(String[] args) throws Exception {
    int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", PollCapacityBenchmark::serve);
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    Path dir = Files.createTempDirectory("winnow-capacity");
    StringBuilder yaml = new StringBuilder("feeds:\n");
    for (int f = 0; f < feeds; f++) {
      // one host per feed would be unrealistic; 50 outlets' hosts are one loopback server here
      yaml.append("  - name: feed")
          .append(f)
          .append("\n    url: ")
          .append(base)
          .append("/f/")
          .append(f)
          .append(".xml\n");
    }
    yaml.append(
        "fetch:\n  allow_private_networks: true\n  per_host_connections: 8\npoll:\n  workers: 8\n");
    Path config = dir.resolve("feeds.yml");
    Files.writeString(config, yaml);
    WinnowConfig cfg = ConfigLoader.load(config);
    long start = System.nanoTime();
    int articles = 0;
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      List<FeedOutcome> outcomes = new Pipeline(cfg, store, InstantSource.system()).pollOnce();
      for (FeedOutcome o : outcomes) {
        articles += o.newArticles();
      }
    } finally {
      server.stop(0);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "feeds %d, articles %d, %.1f s: %.1f feeds/s, %.1f articles/s, peak RSS %s%n",
        feeds, articles, seconds, feeds / seconds, articles / seconds, peakRss());
  }

  private static void serve(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String body = path.startsWith("/f/") ? feed(path) : page(path);
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders()
          .set(
              "Content-Type",
              path.endsWith(".xml") ? "application/rss+xml" : "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, bytes.length);
      ex.getResponseBody().write(bytes);
    }
  }

  private static String feed(String path) {
    int f = Integer.parseInt(path.substring(3, path.length() - 4));
    StringBuilder rss =
        new StringBuilder("<rss version=\"2.0\"><channel><title>Feed " + f + "</title>");
    for (int i = 0; i < ITEMS; i++) {
      int event = (f * 7 + i * 13) % 997;
      rss.append("<item><title>Event ")
          .append(event)
          .append(" headline from feed ")
          .append(f)
          .append("</title><link>/a/")
          .append(f)
          .append('/')
          .append(i)
          .append(".html</link><guid>f")
          .append(f)
          .append('-')
          .append(i)
          .append("</guid><pubDate>Mon, 01 Jun 2026 ")
          .append(String.format("%02d", i))
          .append(":00:00 GMT</pubDate></item>");
    }
    return rss.append("</channel></rss>").toString();
  }

  private static String page(String path) {
    StringBuilder html = new StringBuilder("<html><body><nav><a href=/>Home</a></nav><article>");
    for (int p = 0; p < 6; p++) {
      html.append("<p>Paragraph ")
          .append(p)
          .append(" of ")
          .append(path)
          .append(", with enough words, commas and detail to read as the body of an article.</p>");
    }
    return html.append("</article></body></html>").toString();
  }

  private static String peakRss() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return line.substring(6).strip();
      }
    }
    return "unknown";
  }
}
