package dev.winnow.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.store.StoreReader;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.Stores;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages and filtered feeds over a small clustered day, as a browser or reader asks. */
class PagesTest {
  @TempDir Path dir;
  private StoreWriter store;
  private WebServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    store = Stores.openForWriting(dir.resolve("index"));
    StoryFixtures.fill(store);
    var site = new MergedFeed(store.reader(), "winnow", "http://127.0.0.1", Instant.EPOCH, 100);
    server = new WebServer("127.0.0.1", 0, site, () -> Map.of("status", "ok"), null);
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    store.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int count(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }

  @Test
  void theHomePageListsEachStoryOnceWithItsOutletsAndEscapesEveryText() throws Exception {
    var home = get("/");
    assertEquals(200, home.statusCode());
    assertTrue(home.headers().firstValue("Content-Security-Policy").orElse("").contains("'none'"));
    String html = home.body();
    assertEquals(3, count(html, "<article>"), "finale, tour and gala: three stories");
    assertTrue(html.contains("3 outlets"), html);
    assertTrue(html.contains("<a href=\"https://outlet-two.example/1\">Outlet two</a>"), html);
    assertTrue(html.contains("href=\"/?category=gossip\""), html);
    assertFalse(html.contains("<script>"), "a headline's markup is shown, never run");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Gala &amp; &quot;friends"));
    assertTrue(html.contains("<link rel=\"alternate\" type=\"application/atom+xml\""));
  }

  @Test
  void aStoryPageListsEveryReportAndWhyItJoined() throws Exception {
    Matcher link = Pattern.compile("href=\"(/story/[^\"]+)\">Harbor").matcher(get("/").body());
    assertTrue(link.find());
    String page = get(link.group(1)).body();
    assertEquals(3, count(page, "<li><strong>Outlet"));
    assertTrue(page.contains("started the story"), page);
    assertTrue(page.contains("joined with "), page);
    assertEquals(404, get("/story/snothere").statusCode());
    assertEquals(404, get("/story/../feed.atom").statusCode());
  }

  @Test
  void aSearchShowsEachMatchingStoryOnceWithTheWordsMarked() throws Exception {
    String page = get("/search?q=finale").body();
    assertEquals(1, count(page, "<article>"), page);
    assertTrue(page.contains("<mark>finale</mark>"), page);
    assertTrue(page.contains("href=\"/feed.atom?q=finale\""), page);
    assertEquals(303, get("/search?q=").statusCode());
  }

  @Test
  void feedsAnswerEveryFilterAndCombinationsOfThem() throws Exception {
    assertEquals(3, entries("/feed.atom"));
    assertEquals(3, entries("/feed.atom?category=GOSSIP"), "categories match whatever the case");
    assertEquals(2, entries("/feed.atom?category=film"));
    assertEquals(1, entries("/feed.atom?source=Outlet%20three&min_outlets=3"));
    assertEquals(2, entries("/feed.atom?min_outlets=2"));
    assertEquals(1, entries("/feed.atom?q=tour&category=film"));
    String json = get("/feed.json?q=tour").body();
    assertTrue(json.contains("\"tags\""), json);
    assertTrue(get("/feed.xml?category=film").body().contains("<category>film</category>"));
    assertTrue(get("/feed.atom?category=film").body().contains("feed.atom?category=film</id>"));
    assertEquals(400, get("/feed.atom?colour=red").statusCode());
    assertEquals(400, get("/feed.atom?min_outlets=many").statusCode());
    assertEquals(400, get("/feed.atom?q=%28finale").statusCode());
  }

  @Test
  void aMergedAwayStoryIdRedirectsToTheStoryItBecamePartOf() throws Exception {
    Matcher link = Pattern.compile("href=\"/story/([^\"]+)\">Harbor").matcher(get("/").body());
    assertTrue(link.find());
    String live = link.group(1);
    // the store resolves an id merged away to the story it joined; here "sold" names the finale
    StoreReader real = store.reader();
    StoreReader merged =
        (StoreReader)
            Proxy.newProxyInstance(
                StoreReader.class.getClassLoader(),
                new Class<?>[] {StoreReader.class},
                (proxy, method, args) ->
                    method.getName().startsWith("story") && "sold".equals(args[0])
                        ? real.story(live)
                        : method.invoke(real, args));
    var site = new MergedFeed(merged, "winnow", "http://127.0.0.1", Instant.EPOCH, 100);
    try (var other = new WebServer("127.0.0.1", 0, site, () -> Map.of(), null)) {
      other.start();
      var request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + other.port() + "/story/sold"));
      var moved = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(301, moved.statusCode());
      assertEquals("/story/" + live, moved.headers().firstValue("Location").orElseThrow());
    }
  }

  private int entries(String path) throws Exception {
    return count(get(path).body(), "<entry>");
  }
}
