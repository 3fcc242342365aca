package dev.winnow.bench;

import com.sun.net.httpserver.HttpServer;
import dev.winnow.serve.MergedFeed;
import dev.winnow.serve.WebServer;
import dev.winnow.store.StoreReader;
import dev.winnow.store.Stores;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * winnow's server and a bare JDK {@code HttpServer} side by side, serving the same cached bytes,
 * for a load generator to compare (a benchmark, not a test).
 *
 * <p>Usage: bench/run ServingBenchmark INDEX PORT. winnow serves INDEX on PORT; the JDK server
 * answers / and /feed.atom on PORT+1 with the gzipped bytes and headers winnow sent for them (as
 * many workers as winnow's server has). Then, e.g.: {@code wrk -t2 -c64 -d10s -H 'Accept-Encoding:
 * gzip' http://127.0.0.1:PORT/feed.atom}, and the same on PORT+1. Runs until killed.
 */
public final class ServingBenchmark {
  private static final List<String> PATHS = List.of("/", "/feed.atom");

  private ServingBenchmark() {}

  public static void main(String[] args) throws Exception {
    // without TCP_NODELAY the JDK server writes headers and body apart and waits on delayed ACKs
    // (about 1,400 responses/s whatever the load): the comparison would flatter winnow
    System.setProperty("sun.net.httpserver.nodelay", "true");
    int port = Integer.parseInt(args[1]);
    StoreReader store = Stores.openReadOnly(Path.of(args[0]));
    MergedFeed feed = new MergedFeed(store, "winnow", "http://127.0.0.1", Instant.EPOCH, 100);
    WebServer winnow = new WebServer("127.0.0.1", port, feed, () -> Map.of("status", "ok"), null);
    winnow.start();
    HttpServer jdk = HttpServer.create(new InetSocketAddress("127.0.0.1", port + 1), 64);
    jdk.setExecutor(Executors.newFixedThreadPool(16));
    HttpClient client = HttpClient.newHttpClient();
    for (String path : PATHS) {
      HttpResponse<byte[]> sent =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                  .header("Accept-Encoding", "gzip")
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      byte[] gzipped = sent.body();
      String type = sent.headers().firstValue("Content-Type").orElse("text/plain");
      jdk.createContext(
          path,
          ex -> {
            try (ex) {
              ex.getResponseHeaders().set("Content-Type", type);
              ex.getResponseHeaders().set("Content-Encoding", "gzip");
              ex.getResponseHeaders().set("Cache-Control", "max-age=60");
              ex.getResponseHeaders().set("Vary", "Accept-Encoding");
              ex.sendResponseHeaders(200, gzipped.length);
              try (OutputStream out = ex.getResponseBody()) {
                out.write(gzipped);
              }
            }
          });
      System.out.printf("%s: %d gzipped bytes%n", path, gzipped.length);
    }
    jdk.start();
    System.out.printf("winnow on %d, bare JDK HttpServer on %d%n", port, port + 1);
  }
}
