package dev.winnow.pipeline;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local server (port 0) answering what a test put at each path; it records Authorization. */
final class LocalSite implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, String[]> pages = new ConcurrentHashMap<>();
  final List<String> authorizations = new CopyOnWriteArrayList<>();

  LocalSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    server.createContext(
        "/",
        ex -> {
          try (ex) {
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            authorizations.add(ex.getRequestURI().getPath() + " " + auth);
            String[] page = pages.get(ex.getRequestURI().getPath());
            if (page == null) {
              ex.sendResponseHeaders(404, -1);
              return;
            }
            byte[] body = page[1].getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", page[0]);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
          }
        });
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void put(String path, String contentType, String body) {
    pages.put(path, new String[] {contentType, body});
  }

  /** An RSS 2.0 feed of the given items (each an {@code <item>…</item>} string). */
  void putRss(String path, List<String> items) {
    put(
        path,
        "application/rss+xml; charset=utf-8",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>t</title>"
            + String.join("\n", items)
            + "</channel></rss>");
  }

  static String item(String guid, String link, String title, String description) {
    return "<item>"
        + (guid == null ? "" : "<guid isPermaLink=\"false\">" + guid + "</guid>")
        + (link == null ? "" : "<link>" + link + "</link>")
        + "<title>"
        + title
        + "</title><description>"
        + description
        + "</description><pubDate>Thu, 05 Mar 2026 10:00:00 GMT</pubDate></item>";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
