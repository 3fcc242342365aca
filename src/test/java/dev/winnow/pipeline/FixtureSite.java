package dev.winnow.pipeline;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Three fictional outlets on a local server (port 0): their feeds and article pages from
 * src/test/resources/e2e, plus a URL that answers an HTML page where a feed is expected.
 */
final class FixtureSite implements AutoCloseable {
  private final HttpServer server;
  private final String host;
  final List<String> requests = new CopyOnWriteArrayList<>();

  FixtureSite() throws IOException {
    this("127.0.0.1");
  }

  /** On another loopback address (127.0.0.2 …): another host, as far as a client can tell. */
  FixtureSite(String loopbackAddress) throws IOException {
    host = loopbackAddress;
    server = HttpServer.create(new InetSocketAddress(loopbackAddress, 0), 16);
    server.createContext("/", this::handle);
    server.start();
  }

  String base() {
    return "http://" + host + ":" + server.getAddress().getPort();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      requests.add(path);
      String resource = resourceFor(path);
      byte[] body = resource == null ? null : read(resource);
      if (body == null) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      ex.getResponseHeaders().set("Content-Type", contentTypeOf(path));
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
    }
  }

  private static String resourceFor(String path) {
    if (path.equals("/not-a-feed")) {
      return "/e2e/pages/glow-festival-7.html";
    }
    if (path.matches("/\\w+\\.(xml|atom)")) {
      return "/e2e" + path;
    }
    if (path.matches("/\\w+/[\\w-]+\\.html")) {
      return "/e2e/pages/" + path.substring(1).replace('/', '-');
    }
    return null;
  }

  private static String contentTypeOf(String path) {
    if (path.endsWith(".atom")) {
      return "application/atom+xml";
    }
    return path.endsWith(".xml")
        ? "application/rss+xml; charset=utf-8"
        : "text/html; charset=utf-8";
  }

  private byte[] read(String resource) {
    try (InputStream in = FixtureSite.class.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.replace("{BASE}", base()).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
