package dev.winnow.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A feed's link is fetched from the address the guard checked, never from a second lookup. */
class AddressPinningTest {

  @Test
  void aPlainHttpLinkIsRequestedFromTheCheckedAddressUnderItsOwnName() throws Exception {
    URI link = URI.create("http://news.example:8080/a/b%20c?x=1");
    URI pinned = AddressGuard.pinned(link, InetAddress.getByName("203.0.113.7"));
    assertEquals("http://203.0.113.7:8080/a/b%20c?x=1", pinned.toString());
    assertEquals("news.example:8080", AddressGuard.hostHeader(link));
    assertEquals("news.example", AddressGuard.hostHeader(URI.create("http://news.example/")));
  }

  @Test
  void anHttpsLinkKeepsItsNameForCertificateVerification() throws Exception {
    URI link = URI.create("https://news.example/a");
    assertEquals(link, AddressGuard.pinned(link, InetAddress.getByName("203.0.113.7")));
  }

  @Test
  void thePinnedRequestCarriesTheHostHeaderToTheServer() throws Exception {
    String agent = HttpFetcher.USER_AGENT; // the fetcher allows the Host header before first use
    AtomicReference<String> host = new AtomicReference<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
    server.createContext(
        "/",
        ex -> {
          host.set(ex.getRequestHeaders().getFirst("Host"));
          ex.sendResponseHeaders(204, -1);
          ex.close();
        });
    server.start();
    try {
      URI link = URI.create("http://news.example:" + server.getAddress().getPort() + "/feed");
      URI pinned = AddressGuard.pinned(link, InetAddress.getLoopbackAddress());
      HttpRequest get =
          HttpRequest.newBuilder(pinned)
              .header("Host", AddressGuard.hostHeader(link))
              .header("User-Agent", agent)
              .build();
      HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.discarding());
      assertEquals("news.example:" + server.getAddress().getPort(), host.get());
    } finally {
      server.stop(0);
    }
  }
}
