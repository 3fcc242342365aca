package dev.winnow.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.winnow.store.StoreWriter;
import dev.winnow.store.Stores;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages as a person sees them, in headless Chromium: the DOM after loading and a screenshot,
 * kept under target/screenshots. .ci/run installs Debian's chromium and sets
 * WINNOW_REQUIRE_BROWSER, so in CI a missing browser fails the test; elsewhere it is skipped.
 */
class BrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");
  @TempDir static Path dir;
  private static StoreWriter store;
  private static WebServer server;
  private static String browser;

  @BeforeAll
  static void start() throws Exception {
    browser = chromium().orElse(null);
    if (browser == null && System.getenv("WINNOW_REQUIRE_BROWSER") != null) {
      fail("chromium is not installed (apt-get install chromium)");
    }
    Assumptions.assumeTrue(browser != null, "chromium is not installed");
    store = Stores.openForWriting(dir.resolve("index"));
    StoryFixtures.fill(store);
    var site = new MergedFeed(store.reader(), "winnow", "http://127.0.0.1", Instant.EPOCH, 100);
    server = new WebServer("127.0.0.1", 0, site, () -> Map.of("status", "ok"), null);
    server.start();
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
      store.close();
    }
  }

  @Test
  void aPersonSeesTheStoriesTheirOutletsAndFollowsOneToItsReports() throws Exception {
    String home = seen("/", "home");
    assertEquals(3, count(home, "<article>"));
    assertTrue(home.contains("Harbor Lights finale"), home);
    assertTrue(home.contains("3 outlets"), home);
    assertTrue(home.contains("&lt;script&gt;alert(1)&lt;/script&gt; Gala"), "shown as text");
    assertFalse(home.contains("<script>"), "no script runs or is inserted");
    Matcher story = Pattern.compile("href=\"(/story/[^\"]+)\">Harbor").matcher(home);
    assertTrue(story.find(), home);
    String page = seen(story.group(1), "story");
    assertEquals(3, count(page, "<li><strong>Outlet"), page);
    assertTrue(page.contains("started the story"), page);
  }

  @Test
  void aSearchShowsTheMatchingStoryWithItsWordsMarked() throws Exception {
    String page = seen("/search?q=tour", "search");
    assertEquals(1, count(page, "<article>"), page);
    assertTrue(page.contains("<mark>tour</mark>"), page);
  }

  /** The page's DOM once loaded, and its screenshot saved as NAME.png (phone-sized). */
  private static String seen(String path, String name) throws Exception {
    String url = "http://127.0.0.1:" + server.port() + path;
    Path shot = SHOTS.resolve(name + ".png").toAbsolutePath();
    Files.deleteIfExists(shot);
    run("--window-size=412,915", "--screenshot=" + shot, url);
    byte[] png = Files.readAllBytes(shot);
    assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', name);
    return run("--dump-dom", url);
  }

  private static String run(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox"));
    command.addAll(
        List.of(
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            "--user-data-dir=" + dir.resolve("profile")));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium did not finish");
    assertEquals(0, p.exitValue(), "chromium failed");
    return new String(out, StandardCharsets.UTF_8);
  }

  private static Optional<String> chromium() {
    for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        Path candidate = Path.of(dirName, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate.toString());
        }
      }
    }
    return Optional.empty();
  }

  private static int count(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }
}
