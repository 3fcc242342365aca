package dev.winnow.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the merged feed (/feed.xml, /feed.atom, /feed.json), /health and /metrics over Jetty. Feed
 * bytes come pre-rendered and pre-gzipped from {@link MergedFeed}; ETag and If-None-Match let
 * readers poll cheaply (RFC 9110 §13.1.2). Rude clients are bounded by {@link ClientLimits}: Jetty
 * reads requests without a thread per connection, so idle or slow sockets cost no worker.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Workers for handlers; Jetty's selector and acceptor take two of them. */
  private static final int MAX_THREADS = 16;

  private final Server server;
  private final ServerConnector connector;

  /** Writes /metrics; absent where nothing is measured (serve without polling). */
  public interface MetricsSource {
    String contentType();

    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * @param health what /health reports, as a JSON-serializable map
   */
  public WebServer(
      String host,
      int port,
      MergedFeed feed,
      Supplier<Map<String, Object>> health,
      MetricsSource metrics) {
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4);
    threads.setName("http");
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setRequestHeaderSize(ClientLimits.MAX_HEADER_BYTES);
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    ClientLimits.apply(server, connector);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(ClientLimits.MAX_CONNECTIONS, connector));
    server.setHandler(new Routes(feed, health, metrics));
  }

  public void start() throws IOException {
    try {
      server.start();
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("cannot start the web server: " + e.getMessage(), e);
    }
  }

  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("stopping the web server: {}", e.toString());
    }
  }

  /**
   * The routes; every response is a complete byte array, written in one go. Blocking: a feed not
   * yet rendered is read from the index, which must not happen on a selector thread.
   */
  private static final class Routes extends Handler.Abstract {
    private final MergedFeed feed;
    private final Supplier<Map<String, Object>> health;
    private final MetricsSource metrics;

    Routes(MergedFeed feed, Supplier<Map<String, Object>> health, MetricsSource metrics) {
      this.feed = feed;
      this.health = health;
      this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      try {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
          response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
          send(request, response, callback, 405, "text/plain; charset=utf-8", text("GET only\n"));
          return true;
        }
        route(request, response, callback, request.getHttpURI().getPath());
      } catch (RuntimeException | IOException e) {
        LOG.warn("serving {} failed: {}", request.getHttpURI().getPath(), e.toString());
        Response.writeError(request, response, callback, 500);
      }
      return true;
    }

    private void route(Request request, Response response, Callback callback, String path)
        throws IOException {
      switch (path) {
        case "/feed.xml" -> serveFeed(request, response, callback, MergedFeed.Format.RSS);
        case "/feed.atom" -> serveFeed(request, response, callback, MergedFeed.Format.ATOM);
        case "/feed.json" -> serveFeed(request, response, callback, MergedFeed.Format.JSON);
        case "/health" ->
            send(
                request,
                response,
                callback,
                200,
                "application/json",
                JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(health.get()));
        case "/" -> send(request, response, callback, 200, "text/html; charset=utf-8", INDEX);
        default -> {
          if (path.equals("/metrics") && metrics != null) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            metrics.writeTo(body);
            send(request, response, callback, 200, metrics.contentType(), body.toByteArray());
          } else {
            send(
                request, response, callback, 404, "text/plain; charset=utf-8", text("not found\n"));
          }
        }
      }
    }

    private void serveFeed(
        Request request, Response response, Callback callback, MergedFeed.Format format) {
      MergedFeed.Rendered r = feed.rendered(format);
      response.getHeaders().put(HttpHeader.ETAG, r.etag());
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "max-age=60");
      response.getHeaders().put(HttpHeader.VARY, "Accept-Encoding");
      if (r.etag().equals(request.getHeaders().get(HttpHeader.IF_NONE_MATCH))) {
        response.setStatus(304);
        response.write(true, null, callback);
        return;
      }
      String accept = request.getHeaders().get(HttpHeader.ACCEPT_ENCODING);
      boolean gzip = accept != null && accept.contains("gzip");
      if (gzip) {
        response.getHeaders().put(HttpHeader.CONTENT_ENCODING, "gzip");
      }
      send(request, response, callback, 200, r.contentType(), gzip ? r.gzipped() : r.plain());
    }
  }

  private static final byte[] INDEX =
      text(
          "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>winnow</title>"
              + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed.atom\">"
              + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\">"
              + "</head><body><h1>winnow</h1><p>Subscribe: <a href=\"/feed.atom\">Atom</a> · "
              + "<a href=\"/feed.xml\">RSS</a> · <a href=\"/feed.json\">JSON Feed</a> · "
              + "<a href=\"/health\">health</a></p></body></html>\n");

  private static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A whole body with its length; HEAD gets the same headers and no body (RFC 9110 §9.3.2). */
  private static void send(
      Request request,
      Response response,
      Callback callback,
      int status,
      String contentType,
      byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(new HttpField(HttpHeader.CONTENT_LENGTH, Long.toString(body.length)));
    boolean head = request.getMethod().equals("HEAD");
    response.write(true, head ? null : ByteBuffer.wrap(body), callback);
  }
}
