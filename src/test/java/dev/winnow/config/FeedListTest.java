package dev.winnow.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListTest {
  @TempDir Path dir;

  @Test
  void readsFeedsFromNestedOpmlOutlinesAndWritesThemBack() throws Exception {
    String opml =
        "<opml version=\"2.0\"><head><title>x</title></head><body>"
            + "<outline text=\"Film\"><outline text=\"Reel &amp; Real\" xmlUrl=\"https://reel.example/rss\" category=\"film\"/></outline>"
            + "<outline text=\"not a feed\" htmlUrl=\"https://x.example/\"/>"
            + "<outline title=\"Tune\" xmlUrl=\"https://tune.example/atom\"/></body></opml>";
    Opml.Listed listed = Opml.read(new ByteArrayInputStream(opml.getBytes(StandardCharsets.UTF_8)));
    List<FeedSource> feeds = listed.feeds();
    assertEquals(2, feeds.size());
    assertEquals("Reel & Real", feeds.get(0).name());
    assertEquals("film", feeds.get(0).category());
    assertEquals(List.of("not a feed: no xmlUrl"), listed.skipped());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Opml.write(feeds, out);
    assertEquals(feeds, Opml.read(new ByteArrayInputStream(out.toByteArray())).feeds());
  }

  @Test
  void aFolderNamesTheCategoryOfTheFeedsInItThatNameNone() throws Exception {
    String opml =
        "<opml version=\"2.0\"><body><outline text=\"Gossip\">"
            + "<outline text=\"Glow\" xmlUrl=\"https://glow.example/rss\"/>"
            + "<outline text=\"Reel\" xmlUrl=\"https://reel.example/rss\" category=\"film\"/>"
            + "<outline text=\"Old\" xmlUrl=\"ftp://old.example/rss\"/></outline></body></opml>";
    Opml.Listed listed = Opml.read(new ByteArrayInputStream(opml.getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        List.of("Gossip", "film"), listed.feeds().stream().map(FeedSource::category).toList());
    assertEquals(1, listed.skipped().size());
    assertTrue(listed.skipped().get(0).startsWith("Old: "), listed.skipped().toString());
  }

  @Test
  void refusesAnOpmlDoctypeRatherThanExpandingIt() {
    String opml = "<!DOCTYPE opml [<!ENTITY x \"y\">]><opml><body/></opml>";
    assertThrows(
        java.io.IOException.class,
        () -> Opml.read(new ByteArrayInputStream(opml.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void appendsToTheFeedListKeepingCommentsAndLaterSections() throws Exception {
    Path file = dir.resolve("feeds.yml");
    Files.writeString(
        file,
        "# my feeds\nfeeds:\n  - name: A\n    url: https://a.example/rss\n\npoll:\n  workers: 2\n");
    FeedListEditor.append(
        file, List.of(FeedSource.of("B \"quoted\"", URI.create("https://b.example/rss"), "")));
    String text = Files.readString(file);
    assertTrue(text.startsWith("# my feeds\n"), text);
    WinnowConfig config = ConfigLoader.load(file);
    assertEquals(
        List.of("A", "B \"quoted\""), config.feeds().stream().map(FeedSource::name).toList());
    assertEquals(2, config.poll().workers());
  }
}
