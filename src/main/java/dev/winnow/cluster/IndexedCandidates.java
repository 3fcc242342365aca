package dev.winnow.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clusterer's view of the index: the store's raw facts weighed here, plus what was decided
 * since the store's last refresh.
 */
final class IndexedCandidates implements CandidateIndex {
  private final ClusterIndex index;
  private final RecentArticles recent;
  private final TermWeights weights;
  private final StoryProfiles profiles;

  IndexedCandidates(
      ClusterIndex index, RecentArticles recent, TermWeights weights, StoryProfiles profiles) {
    this.index = index;
    this.recent = recent;
    this.weights = weights;
    this.profiles = profiles;
  }

  @Override
  public List<Candidate> candidates(AnalyzedArticle article, Instant from, Instant to, int limit) {
    List<Candidate> found = new ArrayList<>();
    List<String> terms = weights.queryTerms(article.textTf());
    if (!terms.isEmpty()) {
      for (IndexedArticle a : index.articlesWithAnyTerm(terms, from, to, limit)) {
        found.add(weights.candidateOf(a));
      }
    }
    found.addAll(recent.candidatesWithin(from, to, weights.uncommonTerms(article.textTf())));
    return found;
  }

  @Override
  public Candidate vectorsOf(AnalyzedArticle article) {
    return weights.candidateOf(article, null);
  }

  @Override
  public Optional<StoryProfile> profileOf(String storyId) {
    return profiles.of(storyId);
  }

  @Override
  public List<StoryProfile> storiesLike(StoryProfile story, Instant from, Instant to, int limit) {
    return profiles.like(story, from, to, limit);
  }
}
