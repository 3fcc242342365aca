package dev.winnow.bench;

import dev.winnow.cluster.ClusterIndex;
import dev.winnow.cluster.IndexedArticle;
import dev.winnow.cluster.StoryState;
import dev.winnow.cluster.TermField;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The store's facts as the clusterer asks for them, with the time spent in each call added up. */
final class TimedClusterIndex implements ClusterIndex {
  private final ClusterIndex index;
  private final Map<String, long[]> nanos = new TreeMap<>();

  TimedClusterIndex(ClusterIndex index) {
    this.index = index;
  }

  @Override
  public int articleCount() {
    return timed("articleCount", index::articleCount);
  }

  @Override
  public Map<String, Integer> documentFrequencies(TermField field, Collection<String> terms) {
    return timed("documentFrequencies", () -> index.documentFrequencies(field, terms));
  }

  @Override
  public List<IndexedArticle> articlesWithAnyTerm(
      Collection<String> terms, Instant from, Instant to, int limit) {
    return timed("articlesWithAnyTerm", () -> index.articlesWithAnyTerm(terms, from, to, limit));
  }

  @Override
  public List<String> storiesWithAnyKeyTerm(
      Collection<String> terms, Instant from, Instant to, int limit) {
    return timed(
        "storiesWithAnyKeyTerm", () -> index.storiesWithAnyKeyTerm(terms, from, to, limit));
  }

  @Override
  public Optional<StoryState> storyRecord(String storyId) {
    return timed("storyRecord", () -> index.storyRecord(storyId));
  }

  @Override
  public Optional<String> mergedInto(String storyId) {
    return timed("mergedInto", () -> index.mergedInto(storyId));
  }

  @Override
  public boolean hasArticle(String articleId) {
    return timed("hasArticle", () -> index.hasArticle(articleId));
  }

  @Override
  public Optional<String> articleWithText(String outlet, String contentHash) {
    return timed("articleWithText", () -> index.articleWithText(outlet, contentHash));
  }

  <T> T timed(String call, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      long[] total = nanos.computeIfAbsent(call, k -> new long[2]);
      total[0] += System.nanoTime() - start;
      total[1]++;
    }
  }

  /** "call ms/article (calls/article)" for each call, then forgets them. */
  String report(int articles) {
    StringBuilder out = new StringBuilder();
    nanos.forEach(
        (call, t) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "  %s %.2f ms (%.1f calls)",
                    call,
                    t[0] / 1e6 / articles,
                    (double) t[1] / articles)));
    nanos.clear();
    return out.toString();
  }
}
