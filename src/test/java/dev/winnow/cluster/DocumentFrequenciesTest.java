package dev.winnow.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Counts kept across refreshes must be those the index gives when asked afresh: the articles each
 * refresh makes searchable are counted in, once each.
 */
class DocumentFrequenciesTest {
  private static final List<String> WORDS =
      List.of("premiere", "tour", "album", "divorce", "gala", "trailer", "casting", "festival");

  private final Searchable index = new Searchable();

  @Test
  void countsKeptOverManyRefreshesEqualThoseOfAFreshLook() {
    DocumentFrequencies kept = new DocumentFrequencies(index);
    List<String> probe = List.of("premier", "gala", "festiv", "absent");
    Random random = new Random(7);
    for (int refresh = 0; refresh < 12; refresh++) {
      counts(kept, TermField.TEXT, probe); // asked between refreshes, as clustering does
      counts(kept, TermField.TITLE, probe);
      List<AnalyzedArticle> batch = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        batch.add(article(refresh * 100 + i, headline(random)));
      }
      index.searchable.addAll(batch);
      kept.madeSearchable(batch);
    }
    DocumentFrequencies fresh = new DocumentFrequencies(index);
    assertEquals(counts(fresh, TermField.TEXT, probe), counts(kept, TermField.TEXT, probe));
    assertEquals(counts(fresh, TermField.TITLE, probe), counts(kept, TermField.TITLE, probe));
    assertEquals(300, kept.articles());
    assertEquals(0, counts(kept, TermField.TEXT, probe).get("absent"));
  }

  private static Map<String, Integer> counts(
      DocumentFrequencies frequencies, TermField field, List<String> terms) {
    Map<String, Integer> asked = new HashMap<>();
    terms.forEach(t -> asked.put(t, 1));
    Map<String, Integer> counts = new HashMap<>();
    frequencies.forEach(field, asked, (t, ignored, n) -> counts.put(t, n));
    return counts;
  }

  private static String headline(Random random) {
    StringBuilder title = new StringBuilder("Star");
    for (int w = 0; w < 4; w++) {
      title.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return title.toString();
  }

  private static AnalyzedArticle article(int n, String title) {
    URI url = URI.create("https://outlet.example/" + n);
    Instant at = Instant.parse("2026-03-01T08:00:00Z").plusSeconds(n * 60L);
    return TextAnalysis.analyze(
        new Article(
            ArticleIds.idOf(url), url, "Outlet", title, "", "", "", "", "feed", at, at, List.of()));
  }

  /** An index that answers counts by looking at every searchable article. */
  private static final class Searchable implements ClusterIndex {
    final List<AnalyzedArticle> searchable = new ArrayList<>();

    @Override
    public int articleCount() {
      return searchable.size();
    }

    @Override
    public Map<String, Integer> documentFrequencies(TermField field, Collection<String> terms) {
      Map<String, Integer> counts = new HashMap<>();
      for (AnalyzedArticle a : searchable) {
        for (String t : terms) {
          if (a.termCounts(field).containsKey(t)) {
            counts.merge(t, 1, Integer::sum);
          }
        }
      }
      return counts;
    }

    @Override
    public List<IndexedArticle> articlesWithAnyTerm(
        Collection<String> terms, Instant from, Instant to, int limit) {
      return List.of();
    }

    @Override
    public List<String> storiesWithAnyKeyTerm(
        Collection<String> terms, Instant from, Instant to, int limit) {
      return List.of();
    }

    @Override
    public Optional<StoryState> storyRecord(String storyId) {
      return Optional.empty();
    }

    @Override
    public Optional<String> mergedInto(String storyId) {
      return Optional.empty();
    }

    @Override
    public boolean hasArticle(String articleId) {
      return false;
    }

    @Override
    public Optional<String> articleWithText(String outlet, String contentHash) {
      return Optional.empty();
    }
  }
}
