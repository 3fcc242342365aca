package dev.winnow.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.store.StoreWriter;
import dev.winnow.store.Stores;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as a feed reader and as a rude client meet it, on a local port. */
class WebServerTest {
  @TempDir Path dir;
  private StoreWriter store;
  private WebServer server;
  private MergedFeed feed;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() throws Exception {
    store = Stores.openForWriting(dir.resolve("index"));
    feed = new MergedFeed(store.reader(), "winnow", "http://127.0.0.1", Instant.EPOCH, 100);
    server = new WebServer("127.0.0.1", 0, feed, () -> Map.of("status", "ok"), null);
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    store.close();
  }

  private HttpResponse<byte[]> send(String method, String path, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofSeconds(10))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void answersAConditionalRequestWithNotModified() throws Exception {
    var first = send("GET", "/feed.atom");
    assertEquals(200, first.statusCode());
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, send("GET", "/feed.atom", "If-None-Match", etag).statusCode());
  }

  @Test
  void servesTheSameFeedGzippedToClientsThatAskForIt() throws Exception {
    var gzipped = send("GET", "/feed.xml", "Accept-Encoding", "gzip");
    assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
    byte[] plain = send("GET", "/feed.xml").body();
    assertArrayEquals(
        plain, new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes());
  }

  @Test
  void headHasTheHeadersOfGetAndNoBody() throws Exception {
    var head = send("HEAD", "/feed.json");
    assertEquals(200, head.statusCode());
    assertEquals(0, head.body().length);
    assertEquals(
        String.valueOf(feed.bytes(MergedFeed.Format.JSON).length),
        head.headers().firstValue("Content-Length").orElse(""));
  }

  @Test
  void refusesOtherMethodsAndUnknownPaths() throws Exception {
    var post = send("POST", "/feed.atom");
    assertEquals(405, post.statusCode());
    assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
    assertEquals(404, send("GET", "/feed.atom.bak").statusCode());
  }

  @Test
  void answersWhileFiftyClientsHoldHalfSentRequests() throws Exception {
    List<Socket> rude = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        Socket socket = new Socket("127.0.0.1", server.port());
        OutputStream out = socket.getOutputStream();
        out.write(
            "GET /feed.atom HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        rude.add(socket);
      }
      var response = send("GET", "/feed.atom");
      assertEquals(200, response.statusCode());
      assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("<feed"));
    } finally {
      for (Socket socket : rude) {
        socket.close();
      }
    }
  }

  @Test
  void refusesConnectionsBeyondTheLimitForOneClient() throws Exception {
    List<Socket> held = new ArrayList<>();
    int answered = 0;
    try {
      for (int i = 0; i < ClientLimits.PER_CLIENT + 3; i++) {
        held.add(new Socket("127.0.0.1", server.port()));
      }
      for (Socket socket : held) {
        socket.setSoTimeout(10_000);
        answered += answersHealth(socket) ? 1 : 0;
      }
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
    assertEquals(ClientLimits.PER_CLIENT, answered);
  }

  private static boolean answersHealth(Socket socket) {
    try {
      socket
          .getOutputStream()
          .write(
              "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      byte[] start = socket.getInputStream().readNBytes(12);
      return new String(start, StandardCharsets.US_ASCII).equals("HTTP/1.1 200");
    } catch (java.io.IOException refused) {
      return false;
    }
  }

  @Test
  void closesAConnectionThatTricklesItsRequestPastTheDeadline() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write("GET /feed.atom HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
      // one header byte a second: never idle, never done; it would go on for a minute
      Thread trickle =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < 60; i++) {
                    out.write('a');
                    out.flush();
                    Thread.sleep(1000);
                  }
                } catch (Exception closed) {
                  // the server hung up: what the test waits for
                }
              });
      trickle.start();
      socket.setSoTimeout((ClientLimits.REQUEST_SECONDS + 20) * 1000);
      assertEquals(-1, socket.getInputStream().read(), "closed without an answer");
      trickle.interrupt();
    }
  }
}
