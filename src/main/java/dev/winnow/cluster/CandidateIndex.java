package dev.winnow.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the clusterer needs from the index. Declared here, implemented by the store stage, so the
 * clusterer stays free of Lucene and the store can scale out (SolrCloud) behind the same seam.
 */
public interface CandidateIndex {

  /**
   * Articles similar to {@code article} published within [from, to], most similar first, including
   * those added since the last searcher refresh.
   */
  List<Candidate> candidates(Article article, Instant from, Instant to, int limit);

  /** The article as the index would weigh it, so its vectors are comparable with candidates'. */
  Candidate vectorsOf(Article article);

  /** The story's centroid, weighed with the index's current document frequencies. */
  Optional<StoryProfile> profileOf(String storyId);

  /**
   * Other stories whose first article falls within [from, to] and whose strongest terms overlap
   * with this story's, most alike first: the stories it might merge with.
   */
  List<StoryProfile> storiesLike(StoryProfile story, Instant from, Instant to, int limit);
}
