package dev.winnow.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  private Path write(String yaml) throws Exception {
    Path file = dir.resolve("feeds.yml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void acceptsTheMinimalFormWithDefaultsForEverythingElse() throws Exception {
    WinnowConfig config =
        ConfigLoader.load(
            write(
                """
                feeds:
                  - name: Daily Buzz
                    url: https://example.com/rss
                    category: entertainment
                fetch:
                  allow_private_networks: false
                """));
    assertEquals("Daily Buzz", config.feeds().get(0).name());
    assertEquals("entertainment", config.feeds().get(0).category());
    assertFalse(config.fetch().allowPrivateNetworks());
    assertEquals(PollSettings.DEFAULTS, config.poll());
    assertEquals(ClusterSettings.DEFAULTS, config.cluster());
  }

  @Test
  void refusesAnUnknownKeyNamingFileAndLine() throws Exception {
    Path file = write("feeds:\n  - name: A\n    url: https://a.example/rss\n    urll: x\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertEquals(4, e.line());
    assertTrue(e.getMessage().startsWith(file + ":4: unknown key 'urll'"), e.getMessage());
  }

  @Test
  void refusesAKeyWrittenTwiceNamingTheLineOfTheSecond() throws Exception {
    Path file =
        write(
            "feeds:\n  - name: A\n    url: https://a.example/rss\n    url: https://b.example/rss\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertEquals(file + ":4: key 'url' is written twice; keep one", e.getMessage());
  }

  @Test
  void refusesABadValueNamingTheLine() throws Exception {
    Path file = write("feeds:\n  - name: A\n    url: ftp://a.example/rss\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertTrue(e.line() >= 2 && e.line() <= 3, "line " + e.line());
    assertTrue(e.getMessage().contains("not an absolute http(s) URL"), e.getMessage());
  }

  @Test
  void refusesMalformedYamlWithItsLine() throws Exception {
    Path file = write("feeds:\n  - name: A\n    url: [unclosed\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertTrue(e.line() > 0);
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
  }

  @Test
  void refusesTwoFeedsWithOneName() throws Exception {
    Path file =
        write(
            "feeds:\n  - name: A\n    url: https://a.example/rss\n"
                + "  - name: A\n    url: https://b.example/rss\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
  }

  @Test
  void saysSoWhenTheFileIsMissing() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> ConfigLoader.load(dir.resolve("nope.yml")));
    assertTrue(e.getMessage().endsWith("no such file"));
  }
}
