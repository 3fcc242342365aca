package dev.winnow.store.solr;

import dev.winnow.cluster.Story;
import dev.winnow.store.ArticleStream;
import dev.winnow.store.FeedState;
import dev.winnow.store.SearchHit;
import dev.winnow.store.SearchQuery;
import dev.winnow.store.StoreReader;
import dev.winnow.store.StoredArticle;
import dev.winnow.store.WrittenArticle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;

/**
 * Reads the collection as its writers last made it searchable (a soft commit on any instance): safe
 * from any thread, as SolrJ's client is. There is nothing to refresh on this side.
 */
final class SolrReader implements StoreReader {
  /** A merged story's id may have been merged on again; no real chain is this long. */
  private static final int MERGE_HOPS = 16;

  /** No story holds more (the clusterer caps it at 1,000). */
  private static final int MAX_ARTICLES = 5_000;

  private final SolrQueries queries;
  private final SolrClusterIndex facts;
  private final SolrConnection owned;

  SolrReader(SolrQueries queries, SolrConnection owned) {
    this.queries = queries;
    this.facts = new SolrClusterIndex(queries);
    this.owned = owned;
  }

  SolrQueries queries() {
    return queries;
  }

  @Override
  public List<Story> stories(int limit) {
    SolrQuery q = SolrQueries.ofKind(SolrDocs.STORY_KIND);
    q.setSort(SolrDocs.UPDATED, SolrQuery.ORDER.desc);
    q.setFields(SolrDocs.RECORD);
    q.setRows(limit);
    List<Story> out = new ArrayList<>();
    for (SolrDocument doc : queries.run(q).getResults()) {
      out.add(SolrDocs.storyState(doc).story());
    }
    return out;
  }

  @Override
  public Optional<Story> story(String storyId) {
    String id = storyId;
    for (int hop = 0; hop < MERGE_HOPS; hop++) {
      var record = facts.storyRecord(id);
      if (record.isPresent()) {
        return Optional.of(record.get().story());
      }
      Optional<String> into = facts.mergedInto(id);
      if (into.isEmpty()) {
        return Optional.empty();
      }
      id = into.get();
    }
    return Optional.empty();
  }

  @Override
  public Optional<StoredArticle> article(String articleId) {
    return queries
        .byKey(SolrDocs.ARTICLE, articleId, SolrDocs.RECORD)
        .map(doc -> SolrDocs.written(doc).stored());
  }

  @Override
  public List<StoredArticle> articlesOf(String storyId) {
    return story(storyId)
        .map(s -> writtenArticlesOf(s.id()).stream().map(w -> w.stored()).toList())
        .orElse(List.of());
  }

  private List<WrittenArticle> writtenArticlesOf(String storyId) {
    return articleDocsOf(storyId, SolrDocs.RECORD).stream().map(SolrDocs::written).toList();
  }

  /** The searchable article documents of exactly this story id, oldest first. */
  List<SolrDocument> articleDocsOf(String storyId, String... fields) {
    SolrQuery q = SolrQueries.ofKind(SolrDocs.ARTICLE);
    q.addFilterQuery(SolrQueries.term(q, SolrDocs.STORY, storyId));
    q.setSort(SolrDocs.PUBLISHED, SolrQuery.ORDER.asc);
    q.setFields(fields);
    q.setRows(MAX_ARTICLES);
    return queries.run(q).getResults();
  }

  @Override
  public ArticleStream articles() {
    return CursorArticles.open(queries);
  }

  @Override
  public List<SearchHit> search(SearchQuery query) {
    return SolrSearch.search(queries, query);
  }

  @Override
  public FeedState feedState(String feedName) {
    return queries
        .byKey(SolrDocs.FEED, feedName, SolrDocs.RECORD)
        .map(SolrDocs::feedState)
        .orElse(FeedState.neverPolled(feedName));
  }

  @Override
  public boolean hasSeen(String feedName, String entryKey) {
    return queries.byKey(SolrDocs.SEEN, SolrDocs.seenKey(feedName, entryKey)).isPresent();
  }

  @Override
  public int articleCount() {
    return facts.articleCount();
  }

  @Override
  public void refresh() {
    // every soft commit is visible to every reader at once
  }

  /** A read-only reader closes its own connection; the writer's is closed with the writer. */
  @Override
  public void close() throws IOException {
    if (owned != null) {
      owned.close();
    }
  }
}
