package dev.winnow.cluster;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The raw facts the clusterer asks of the store, declared here and implemented by each store
 * backend. Everything answers from what the store last made searchable (its last refresh); what was
 * added since, the clusterer remembers itself ({@link RecentArticles}). No weighing happens behind
 * this seam: counts go in and come out, so every backend clusters alike.
 */
public interface ClusterIndex {

  /** How many articles are searchable: live ones, a rewritten article counted once. */
  int articleCount();

  /**
   * For each term, how many searchable live articles have it in the field; a term none has is
   * absent. One call for many terms: a remote backend answers it in one round trip.
   */
  Map<String, Integer> documentFrequencies(TermField field, Collection<String> terms);

  /**
   * Searchable articles published within [from, to] whose text has any of the terms, the most
   * relevant first (by the backend's own ranking), at most {@code limit}.
   */
  List<IndexedArticle> articlesWithAnyTerm(
      Collection<String> terms, Instant from, Instant to, int limit);

  /**
   * Ids of searchable stories of more than one article, first published within [from, to], whose
   * key terms ({@link StoryCentroid#keyTerms}) include any of these, most alike first.
   */
  List<String> storiesWithAnyKeyTerm(Collection<String> terms, Instant from, Instant to, int limit);

  /** The record of the live story stored under exactly this id, without following merges. */
  Optional<StoryState> storyRecord(String storyId);

  /** The story this id was merged into, if it was. */
  Optional<String> mergedInto(String storyId);

  boolean hasArticle(String articleId);

  /** The id of a stored article of this outlet with this body hash, if there is one. */
  Optional<String> articleWithText(String outlet, String contentHash);
}
