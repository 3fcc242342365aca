package dev.winnow.cluster;

import dev.winnow.config.ClusterSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Assigns each new article to a story: candidates come from the index (similar text, published
 * within the window around the article), each is scored by TF-IDF cosine over its title and body,
 * and the article joins the story of the best candidate whose score passes the threshold. Otherwise
 * it starts a story whose id is its own, so ids are stable as stories grow.
 */
public final class StoryClusterer {
  private static final int CANDIDATES = 30;
  private static final double TITLE_WEIGHT = 0.35;

  private final CandidateIndex index;
  private final ClusterSettings settings;

  public StoryClusterer(CandidateIndex index, ClusterSettings settings) {
    this.index = index;
    this.settings = settings;
  }

  public Assignment assign(Article article) {
    Candidate self = index.vectorsOf(article);
    Duration window = settings.window();
    Instant at = article.published();
    List<Candidate> candidates =
        index.candidates(article, at.minus(window), at.plus(window), CANDIDATES);
    Candidate best = null;
    double bestScore = 0;
    for (Candidate candidate : candidates) {
      if (candidate.articleId().equals(article.id())) {
        continue;
      }
      double score = score(self, candidate);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best == null || bestScore < settings.threshold()) {
      return new Assignment(storyIdFor(article), null, 0, List.of());
    }
    return new Assignment(best.storyId(), best.articleId(), bestScore, signals(self, best, at));
  }

  /** A new story is named after its first article, so the id never changes as outlets join. */
  public static String storyIdFor(Article article) {
    return "s" + article.id().substring(0, 12);
  }

  static double score(Candidate a, Candidate b) {
    double title = Similarity.cosine(a.titleTerms(), b.titleTerms());
    double body = Similarity.cosine(a.bodyTerms(), b.bodyTerms());
    return TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * body;
  }

  private static List<String> signals(Candidate self, Candidate best, Instant at) {
    List<String> signals = new ArrayList<>();
    signals.add(format("title", Similarity.cosine(self.titleTerms(), best.titleTerms())));
    signals.add(format("body", Similarity.cosine(self.bodyTerms(), best.bodyTerms())));
    long hours = Math.abs(Duration.between(best.published(), at).toHours());
    signals.add(hours + "h apart");
    return signals;
  }

  private static String format(String name, double value) {
    return String.format(Locale.ROOT, "%s %.2f", name, value);
  }
}
