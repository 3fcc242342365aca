package dev.winnow.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadingConfigTest {
  @TempDir Path dir;

  private Path write(String yaml, Instant modified) throws Exception {
    Path file = dir.resolve("feeds.yml");
    Files.writeString(file, yaml);
    Files.setLastModifiedTime(file, FileTime.from(modified));
    return file;
  }

  @Test
  void picksUpAnEditedFileAndKeepsTheLastGoodOneWhenAnEditIsBroken() throws Exception {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    Path file = write("feeds:\n  - name: A\n    url: https://a.example/rss\n", t);
    ReloadingConfig configs = new ReloadingConfig(file);
    WinnowConfig first = configs.get();
    assertSame(first, configs.get(), "unchanged file, same configuration");

    write(
        "feeds:\n  - name: A\n    url: https://a.example/rss\n  - name: B\n    url: https://b.example/rss\n",
        t.plusSeconds(10));
    assertEquals(2, configs.get().feeds().size());

    WinnowConfig good = configs.get();
    write("feeds:\n  - name: A\n    urll: oops\n", t.plusSeconds(20));
    assertSame(good, configs.get(), "a broken edit keeps the previous configuration");
  }
}
