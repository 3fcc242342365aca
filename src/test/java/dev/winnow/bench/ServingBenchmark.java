package dev.winnow.bench;

import com.sun.net.httpserver.HttpServer;
import dev.winnow.serve.MergedFeed;
import dev.winnow.serve.WebServer;
import dev.winnow.store.StoreReader;
import dev.winnow.store.Stores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * winnow's server and a bare JDK {@code HttpServer} side by side, serving the same cached feed, for
 * a load generator to compare (a benchmark, not a test).
 *
 * <p>Usage: bench/run ServingBenchmark INDEX PORT. winnow serves INDEX's merged feed on PORT; the
 * JDK server answers every request on PORT+1 with the same gzipped Atom bytes and headers (four
 * workers, as winnow's server had). Then, e.g.: {@code wrk -t2 -c64 -d20s -H 'Accept-Encoding:
 * gzip' http://127.0.0.1:PORT/feed.atom}, and the same on PORT+1. Runs until killed.
 */
public final class ServingBenchmark {
  private ServingBenchmark() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[1]);
    StoreReader store = Stores.openReadOnly(Path.of(args[0]));
    MergedFeed feed = new MergedFeed(store, "winnow", "http://127.0.0.1", Instant.EPOCH, 100);
    WebServer winnow = new WebServer("127.0.0.1", port, feed, () -> Map.of("status", "ok"), null);
    winnow.start();
    byte[] gzipped = gzip(feed.bytes(MergedFeed.Format.ATOM));
    HttpServer jdk = HttpServer.create(new InetSocketAddress("127.0.0.1", port + 1), 64);
    jdk.setExecutor(Executors.newFixedThreadPool(4));
    jdk.createContext(
        "/",
        ex -> {
          try (ex) {
            ex.getResponseHeaders().set("Content-Type", "application/atom+xml; charset=utf-8");
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            ex.getResponseHeaders().set("Cache-Control", "max-age=60");
            ex.getResponseHeaders().set("Vary", "Accept-Encoding");
            ex.sendResponseHeaders(200, gzipped.length);
            try (OutputStream out = ex.getResponseBody()) {
              out.write(gzipped);
            }
          }
        });
    jdk.start();
    System.out.printf(
        "winnow on %d, bare JDK HttpServer on %d; %d gzipped bytes%n",
        port, port + 1, gzipped.length);
  }

  private static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(plain);
    }
    return out.toByteArray();
  }
}
