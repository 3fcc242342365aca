package dev.winnow.bench;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.Candidate;
import dev.winnow.cluster.CandidateIndex;
import dev.winnow.cluster.StoryProfile;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The index the clusterer sees, with the time spent in each of its calls added up. */
final class TimedCandidateIndex implements CandidateIndex {
  private final CandidateIndex index;
  private final Map<String, long[]> nanos = new TreeMap<>();

  TimedCandidateIndex(CandidateIndex index) {
    this.index = index;
  }

  @Override
  public List<Candidate> candidates(Article article, Instant from, Instant to, int limit) {
    return timed("candidates", () -> index.candidates(article, from, to, limit));
  }

  @Override
  public Candidate vectorsOf(Article article) {
    return timed("vectorsOf", () -> index.vectorsOf(article));
  }

  @Override
  public Optional<StoryProfile> profileOf(String storyId) {
    return timed("profileOf", () -> index.profileOf(storyId));
  }

  @Override
  public List<StoryProfile> storiesLike(StoryProfile story, Instant from, Instant to, int limit) {
    return timed("storiesLike", () -> index.storiesLike(story, from, to, limit));
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
