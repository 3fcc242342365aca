package dev.winnow.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.cluster.ArticleLink;
import dev.winnow.cluster.Story;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An entry's content is built from the story record alone: its kept links, then a count. */
class OutletListTest {
  private static final Instant NOON = Instant.parse("2026-05-04T12:00:00Z");

  @Test
  void listsTheKeptLinksThenCountsTheRest() {
    List<ArticleLink> links = new ArrayList<>();
    for (int i = 0; i < Story.LISTED; i++) {
      links.add(
          new ArticleLink(
              "a" + i,
              "Outlet " + i,
              "Report " + i,
              URI.create("https://o" + i + ".example/a"),
              NOON));
    }
    links.set(1, new ArticleLink("x", "<Sly>", "a & b", URI.create("javascript:alert(1)"), NOON));
    Story story =
        new Story(
            "s1", "Title", "Summary", null, NOON, NOON, 40, List.of("Outlet 0"), links, List.of());
    String html = OutletList.html(new StoryEntry(story));
    assertEquals(Story.LISTED, html.split("<li>", -1).length - 2, "25 links and the count");
    assertTrue(html.contains("<li>and 15 more</li>"), html);
    assertTrue(html.contains("<li>&lt;Sly&gt;: a &amp; b</li>"), "escaped, and no script link");
    assertFalse(html.contains("javascript:"));
  }
}
