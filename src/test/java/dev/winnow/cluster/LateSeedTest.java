package dev.winnow.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.winnow.config.ClusterSettings;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.Stores;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports that each cover one side of an event start stories of their own when they arrive before
 * the report that covers it all; once that report comes, each lone one joins its story, as it would
 * have had it arrived after it.
 */
class LateSeedTest {
  private static final Instant NOON = Instant.parse("2026-05-04T12:00:00Z");
  @TempDir Path dir;

  private static final String SEED =
      "Cascade said the Harbor Lights finale drew 9.1 million viewers, a record for the streaming"
          + " service. Showrunner Ines Calder confirmed the lighthouse keeper's story has ended for"
          + " good. Cascade also ordered a spin-off set in Lisbon, with Marta Quell returning as the"
          + " harbour pilot, and the cast will tour twelve cities in the autumn.";
  private static final List<String> SIDES =
      List.of(
          "Ratings: the Harbor Lights finale drew 9.1 million viewers on Cascade, a record for the"
              + " streaming service, ahead of its earlier drama premieres and sports nights.",
          "Ines Calder, the showrunner, said the lighthouse keeper's story has ended for good and"
              + " that she wrote the last scene first, years before the series was sold.",
          "Cascade ordered a spin-off set in Lisbon, with Marta Quell returning as the harbour"
              + " pilot; filming starts in the spring with a new writers' room.");

  @Test
  void loneReportsJoinTheStoryOfAReportThatCoversThemAllWhenItArrivesLast() throws Exception {
    List<String> stories = new ArrayList<>();
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      StoryDesk desk = new StoryDesk(store.clusterIndex(), ClusterSettings.DEFAULTS);
      List<Article> arrivals = new ArrayList<>();
      for (int i = 0; i < SIDES.size(); i++) {
        arrivals.add(article("side" + i, "Harbor Lights: " + i, SIDES.get(i), i + 1));
      }
      arrivals.add(article("seed", "Harbor Lights finale sets a record", SEED, 0));
      List<String> decided = new ArrayList<>();
      for (Article a : arrivals) {
        ClusteredArticle clustered = desk.decide(a).clustered();
        store.add(clustered);
        decided.add(clustered.assignment().storyId());
      }
      store.commit();
      for (String id : decided) {
        stories.add(store.reader().story(id).orElseThrow().id());
      }
    }
    assertEquals(1, stories.stream().distinct().count(), stories.toString());
  }

  private static Article article(String slug, String title, String text, int hours) {
    URI url = URI.create("https://" + slug + ".example/harbor-lights");
    Instant at = NOON.plusSeconds(hours * 3600L);
    return new Article(
        ArticleIds.idOf(url),
        url,
        "Outlet " + slug,
        title,
        "",
        text,
        "",
        "",
        "page",
        at,
        at,
        List.of());
  }
}
