package dev.winnow.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The index as the clusterer's policy sees it: weighed candidates and story profiles. Implemented
 * here over the store's raw facts ({@link IndexedCandidates}); tests of the policy give their own.
 */
public interface CandidateIndex {

  /**
   * Articles similar to {@code article} published within [from, to], most similar first, including
   * those added since the store's last refresh.
   */
  List<Candidate> candidates(AnalyzedArticle article, Instant from, Instant to, int limit);

  /** The article as the index would weigh it, so its vectors are comparable with candidates'. */
  Candidate vectorsOf(AnalyzedArticle article);

  /** The story's centroid, weighed with the index's current document frequencies. */
  Optional<StoryProfile> profileOf(String storyId);

  /**
   * Other stories whose first article falls within [from, to] and whose strongest terms overlap
   * with this story's, most alike first: the stories it might merge with.
   */
  List<StoryProfile> storiesLike(StoryProfile story, Instant from, Instant to, int limit);
}
