package dev.winnow.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the merged feed (/feed.xml, /feed.atom, /feed.json) and /health over the JDK's HTTP
 * server. Feed bytes come pre-rendered and pre-gzipped from {@link MergedFeed}; ETag and
 * If-None-Match let readers poll cheaply (RFC 9110 §13.1.2).
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);

  /**
   * @param health what /health reports, as a JSON-serializable map
   */
  /** Writes /metrics; absent where nothing is measured (serve without polling). */
  public interface MetricsSource {
    String contentType();

    void writeTo(OutputStream out) throws IOException;
  }

  public WebServer(
      String host,
      int port,
      MergedFeed feed,
      Supplier<Map<String, Object>> health,
      MetricsSource metrics)
      throws IOException {
    server = HttpServer.create(new InetSocketAddress(host, port), 64);
    server.setExecutor(executor);
    server.createContext("/feed.xml", ex -> serveFeed(ex, feed, MergedFeed.Format.RSS));
    server.createContext("/feed.atom", ex -> serveFeed(ex, feed, MergedFeed.Format.ATOM));
    server.createContext("/feed.json", ex -> serveFeed(ex, feed, MergedFeed.Format.JSON));
    server.createContext("/health", ex -> serveHealth(ex, health));
    if (metrics != null) {
      server.createContext("/metrics", ex -> serveMetrics(ex, metrics));
    }
    server.createContext("/", WebServer::serveIndex);
  }

  public void start() {
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void serveFeed(HttpExchange ex, MergedFeed feed, MergedFeed.Format format)
      throws IOException {
    try (ex) {
      if (!allowed(ex)) {
        return;
      }
      MergedFeed.Rendered r = feed.rendered(format);
      ex.getResponseHeaders().set("Content-Type", r.contentType());
      ex.getResponseHeaders().set("ETag", r.etag());
      ex.getResponseHeaders().set("Cache-Control", "max-age=60");
      ex.getResponseHeaders().set("Vary", "Accept-Encoding");
      if (r.etag().equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
        return;
      }
      String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
      boolean gzip = accept != null && accept.contains("gzip");
      if (gzip) {
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
      }
      send(ex, 200, gzip ? r.gzipped() : r.plain());
    } catch (RuntimeException e) {
      LOG.warn("rendering {} failed", format, e);
    }
  }

  private static void serveHealth(HttpExchange ex, Supplier<Map<String, Object>> health)
      throws IOException {
    try (ex) {
      if (allowed(ex)) {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        send(ex, 200, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(health.get()));
      }
    }
  }

  private static void serveMetrics(HttpExchange ex, MetricsSource metrics) throws IOException {
    try (ex) {
      if (allowed(ex)) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        metrics.writeTo(body);
        ex.getResponseHeaders().set("Content-Type", metrics.contentType());
        send(ex, 200, body.toByteArray());
      }
    }
  }

  private static void serveIndex(HttpExchange ex) throws IOException {
    try (ex) {
      if (!allowed(ex)) {
        return;
      }
      if (!ex.getRequestURI().getPath().equals("/")) {
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        send(ex, 404, "not found\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String page =
          "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>winnow</title>"
              + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed.atom\">"
              + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\">"
              + "</head><body><h1>winnow</h1><p>Subscribe: <a href=\"/feed.atom\">Atom</a> · "
              + "<a href=\"/feed.xml\">RSS</a> · <a href=\"/feed.json\">JSON Feed</a> · "
              + "<a href=\"/health\">health</a></p></body></html>\n";
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      send(ex, 200, page.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static boolean allowed(HttpExchange ex) throws IOException {
    String method = ex.getRequestMethod();
    if (method.equals("GET") || method.equals("HEAD")) {
      return true;
    }
    ex.getResponseHeaders().set("Allow", "GET, HEAD");
    ex.sendResponseHeaders(405, -1);
    return false;
  }

  private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(1);
    executor.shutdownNow();
  }
}
