package dev.winnow.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.ArticleIds;
import dev.winnow.cluster.Assignment;
import dev.winnow.cluster.Candidate;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer keeps document frequencies across refreshes rather than asking the index again; the
 * weights it gives after several refreshes must be those an index opened afresh gives.
 */
class DocumentFrequenciesTest {
  @TempDir Path dir;

  private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
  private static final List<String> WORDS =
      List.of(
          "premiere",
          "tour",
          "album",
          "divorce",
          "gala",
          "trailer",
          "casting",
          "festival",
          "lawsuit",
          "engagement",
          "podcast",
          "finale",
          "reunion",
          "memoir",
          "award",
          "single");

  @Test
  void weightsAfterManyRefreshesEqualThoseOfTheIndexOpenedAfresh() throws Exception {
    Article probe = article(9_999, "Festival premiere gala draws the casting crowd");
    Candidate kept;
    try (LuceneStore store = LuceneStore.openForWriting(dir)) {
      Random random = new Random(7);
      for (int i = 0; i < 700; i++) {
        String story = "s" + (i % 40);
        store.add(
            article(i, headline(random)),
            new Assignment(story, i < 40, 0.5, List.of("story 0.50")));
      }
      store.commit();
      kept = store.vectorsOf(probe);
    }
    try (LuceneStore reopened = LuceneStore.openForWriting(dir)) {
      Candidate afresh = reopened.vectorsOf(probe);
      assertEquals(afresh.titleTerms(), kept.titleTerms());
      assertEquals(afresh.bodyTerms(), kept.bodyTerms());
    }
  }

  private static String headline(Random random) {
    StringBuilder title = new StringBuilder("Star");
    for (int w = 0; w < 6; w++) {
      title.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return title.toString();
  }

  private static Article article(int n, String title) {
    URI url = URI.create("https://outlet.example/" + n);
    Instant at = START.plus(Duration.ofMinutes(n));
    return new Article(ArticleIds.idOf(url), url, "Outlet", title, "", "", "", "", "feed", at, at);
  }
}
