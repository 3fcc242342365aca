package dev.winnow.store.solr;

import dev.winnow.cluster.ClusterIndex;
import dev.winnow.cluster.IndexedArticle;
import dev.winnow.cluster.StoryState;
import dev.winnow.cluster.TermField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;

/**
 * The clusterer's raw facts from the collection, as its last soft commit shows them. Counts are of
 * live documents (facet queries), as the embedded backend's are.
 */
final class SolrClusterIndex implements ClusterIndex {
  private final SolrQueries queries;

  SolrClusterIndex(SolrQueries queries) {
    this.queries = queries;
  }

  @Override
  public int articleCount() {
    return (int) queries.count(SolrQueries.ofKind(SolrDocs.ARTICLE));
  }

  /** One request: a facet query a term, summed over the shards by Solr. */
  @Override
  public Map<String, Integer> documentFrequencies(TermField field, Collection<String> terms) {
    if (terms.isEmpty()) {
      return Map.of();
    }
    String name = field == TermField.TITLE ? SolrDocs.TITLE : SolrDocs.ALL_TEXT;
    SolrQuery q = SolrQueries.ofKind(SolrDocs.ARTICLE);
    q.setRows(0);
    q.setFacet(true);
    List<String> asked = List.copyOf(terms);
    for (int i = 0; i < asked.size(); i++) {
      String term = SolrQueries.term(q, name, asked.get(i));
      q.addFacetQuery(term.replace("{!term ", "{!term key=t" + i + " "));
    }
    Map<String, Integer> counts = new HashMap<>();
    queries
        .run(q)
        .getFacetQuery()
        .forEach(
            (key, n) -> {
              if (n > 0) {
                counts.put(asked.get(Integer.parseInt(key.substring(1))), n);
              }
            });
    return counts;
  }

  @Override
  public List<IndexedArticle> articlesWithAnyTerm(
      Collection<String> terms, Instant from, Instant to, int limit) {
    if (terms.isEmpty()) {
      return List.of();
    }
    SolrQuery q = anyTermWithin(SolrDocs.ARTICLE, SolrDocs.ALL_TEXT, terms, from, to, limit);
    q.setFields(
        SolrDocs.KEY, SolrDocs.STORY, SolrDocs.OUTLET, SolrDocs.PUBLISHED, SolrDocs.CANDIDATE);
    List<IndexedArticle> out = new ArrayList<>();
    for (SolrDocument doc : queries.run(q).getResults()) {
      out.add(SolrDocs.candidate(doc));
    }
    return out;
  }

  @Override
  public List<String> storiesWithAnyKeyTerm(
      Collection<String> terms, Instant from, Instant to, int limit) {
    if (terms.isEmpty()) {
      return List.of();
    }
    SolrQuery q = anyTermWithin(SolrDocs.STORY_KIND, SolrDocs.STORY_TERM, terms, from, to, limit);
    q.addFilterQuery(SolrDocs.STORY_SIZE + ":[2 TO *]");
    q.setFields(SolrDocs.KEY);
    List<String> ids = new ArrayList<>();
    for (SolrDocument doc : queries.run(q).getResults()) {
      ids.add((String) doc.getFirstValue(SolrDocs.KEY));
    }
    return ids;
  }

  /** Records of a kind with any of the terms in the field, published within [from, to]. */
  private static SolrQuery anyTermWithin(
      String kind, String field, Collection<String> terms, Instant from, Instant to, int limit) {
    SolrQuery q = new SolrQuery();
    q.setQuery(SolrQueries.anyTerm(q, field, terms));
    q.addFilterQuery(SolrDocs.KIND + ":" + kind);
    SolrQueries.publishedWithin(q, from.toEpochMilli(), to.toEpochMilli());
    q.setRows(limit);
    return q;
  }

  @Override
  public Optional<StoryState> storyRecord(String storyId) {
    return queries.byKey(SolrDocs.STORY_KIND, storyId, SolrDocs.RECORD).map(SolrDocs::storyState);
  }

  @Override
  public Optional<String> mergedInto(String storyId) {
    return queries
        .byKey(SolrDocs.MERGED, storyId, SolrDocs.STORY)
        .map(d -> (String) d.getFirstValue(SolrDocs.STORY));
  }

  @Override
  public boolean hasArticle(String articleId) {
    return queries.byKey(SolrDocs.ARTICLE, articleId).isPresent();
  }

  @Override
  public Optional<String> articleWithText(String outlet, String contentHash) {
    SolrQuery q = SolrQueries.ofKind(SolrDocs.ARTICLE);
    q.addFilterQuery(SolrQueries.term(q, SolrDocs.OUTLET, outlet));
    q.addFilterQuery(SolrQueries.term(q, SolrDocs.CONTENT_HASH, contentHash));
    q.setFields(SolrDocs.KEY);
    q.setRows(1);
    return queries.run(q).getResults().stream()
        .findFirst()
        .map(d -> (String) d.getFirstValue(SolrDocs.KEY));
  }
}
