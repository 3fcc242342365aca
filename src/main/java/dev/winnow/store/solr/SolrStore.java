package dev.winnow.store.solr;

import dev.winnow.cluster.ClusterIndex;
import dev.winnow.cluster.ClusteredArticle;
import dev.winnow.cluster.ClusteredArticle.StoryMerge;
import dev.winnow.store.FeedShare;
import dev.winnow.store.FeedState;
import dev.winnow.store.StoreException;
import dev.winnow.store.StoreReader;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.WriteTurns;
import dev.winnow.store.WrittenArticle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.zookeeper.KeeperException;

/**
 * The collection as one instance's writer sees it, owned by one thread. Writes are kept until the
 * next refresh or commit and then sent together (one update request, not one per record): until
 * then nothing is searchable anyway, and the clusterer remembers what it decided. A refresh is a
 * soft commit (visible to every instance), a commit a hard one (durable); Solr's update log keeps
 * what was sent in between across a node's restart.
 */
final class SolrStore implements StoreWriter {
  /**
   * Sent in one request once this many wait at the end of an article's writes; they are not made
   * searchable until the next refresh.
   */
  private static final int BATCH = 500;

  private final SolrConnection connection;
  private final SolrReader reader;
  private final SolrClusterIndex clusterIndex;

  /** By unique key, in order; null deletes. The last write of a key wins, as it would in Solr. */
  private final Map<String, SolrInputDocument> pending = new LinkedHashMap<>();

  /** Articles written since the last refresh, with their candidate terms: a merge moves them. */
  private final Map<String, WrittenArticle> unrefreshed = new HashMap<>();

  private final Map<String, String> unrefreshedTerms = new HashMap<>();

  private final ZkFeedShare feedShare;
  private final ZkWriteTurns writeTurns;

  /** Opens the writer and joins the instances sharing the collection. */
  static SolrStore open(SolrConnection connection) throws StoreException {
    SolrStore store = new SolrStore(connection);
    try {
      store.feedShare.join();
      return store;
    } catch (KeeperException e) {
      throw new StoreException(
          connection.where(), "cannot register in ZooKeeper: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(connection.where(), "interrupted while registering");
    }
  }

  private SolrStore(SolrConnection connection) {
    this.connection = connection;
    SolrQueries queries = new SolrQueries(connection);
    this.reader = new SolrReader(queries, null);
    this.clusterIndex = new SolrClusterIndex(queries);
    this.feedShare = new ZkFeedShare(connection.zkClient(), connection.collection());
    this.writeTurns =
        new ZkWriteTurns(
            connection.zkClient(), connection.collection(), UUID.randomUUID().toString());
  }

  @Override
  public StoreReader reader() {
    return reader;
  }

  @Override
  public FeedShare feedShare() {
    return feedShare;
  }

  @Override
  public WriteTurns writeTurns() {
    return writeTurns;
  }

  @Override
  public ClusterIndex clusterIndex() {
    return clusterIndex;
  }

  @Override
  public void add(ClusteredArticle clustered) throws IOException {
    for (StoryMerge merge : clustered.merges()) {
      merge(merge);
    }
    WrittenArticle article = WrittenArticle.of(clustered);
    write(article, SolrDocs.candidateTerms(clustered.analyzed()));
    put(SolrDocs.story(clustered.story()));
    // only between articles: an instance that dies leaves no article without its story record,
    // nor half a merge, for the others to see at their next soft commit
    if (pending.size() >= BATCH) {
      send();
    }
  }

  /**
   * As the embedded backend merges: the articles move, the records are replaced, the id aliases.
   */
  private void merge(StoryMerge merge) {
    String from = merge.from();
    String into = merge.into().story().id();
    Map<String, String> terms = new HashMap<>(unrefreshedTerms);
    List<WrittenArticle> searchable = new ArrayList<>();
    for (SolrDocument doc : reader.articleDocsOf(from, SolrDocs.RECORD, SolrDocs.CANDIDATE)) {
      WrittenArticle w = SolrDocs.written(doc);
      searchable.add(w);
      terms.putIfAbsent(w.article().id(), (String) doc.getFirstValue(SolrDocs.CANDIDATE));
    }
    for (WrittenArticle moved : WrittenArticle.current(from, searchable, unrefreshed.values())) {
      write(moved.movedInto(into, from), terms.get(moved.article().id()));
    }
    delete(SolrDocs.id(SolrDocs.STORY_KIND, from));
    put(SolrDocs.story(merge.into()));
    put(SolrDocs.merged(from, into));
  }

  private void write(WrittenArticle article, String candidateTerms) {
    put(SolrDocs.article(article, candidateTerms));
    unrefreshed.put(article.article().id(), article);
    unrefreshedTerms.put(article.article().id(), candidateTerms);
  }

  @Override
  public void markSeen(String feedName, String entryKey, String articleId) throws IOException {
    put(SolrDocs.seen(feedName, entryKey, articleId));
  }

  @Override
  public void saveFeedState(FeedState state) throws IOException {
    put(SolrDocs.feed(state));
  }

  @Override
  public void deleteArticlesAndStories() throws IOException {
    send();
    try {
      connection
          .client()
          .deleteByQuery(
              connection.collection(),
              SolrDocs.KIND
                  + ":("
                  + String.join(" ", SolrDocs.ARTICLE, SolrDocs.STORY_KIND, SolrDocs.MERGED)
                  + ")");
    } catch (SolrServerException | RuntimeException e) {
      throw failed(e);
    }
    unrefreshed.clear();
    unrefreshedTerms.clear();
  }

  @Override
  public void refresh() throws IOException {
    send();
    commit(true);
  }

  @Override
  public void commit() throws IOException {
    send();
    commit(false);
  }

  @Override
  public void close() throws IOException {
    try (connection;
        feedShare) {
      commit();
      writeTurns.release();
    }
  }

  private void put(SolrInputDocument doc) {
    queue((String) doc.getFieldValue(SolrDocs.ID), doc);
  }

  private void delete(String id) {
    queue(id, null);
  }

  private void queue(String id, SolrInputDocument doc) {
    pending.remove(id); // re-inserted last: a later write of the key goes after earlier ones
    pending.put(id, doc);
  }

  /** Sends what is waiting: deletions first, then the documents, in the order written. */
  private void send() throws IOException {
    if (pending.isEmpty()) {
      return;
    }
    List<String> deletions = new ArrayList<>();
    List<SolrInputDocument> docs = new ArrayList<>();
    pending.forEach(
        (id, doc) -> {
          if (doc == null) {
            deletions.add(id);
          } else {
            docs.add(doc);
          }
        });
    try {
      var client = connection.client();
      if (!deletions.isEmpty()) {
        client.deleteById(connection.collection(), deletions);
      }
      if (!docs.isEmpty()) {
        client.add(connection.collection(), docs);
      }
    } catch (SolrServerException | RuntimeException e) {
      throw failed(e);
    }
    pending.clear();
  }

  private void commit(boolean soft) throws IOException {
    try {
      connection.client().commit(connection.collection(), true, true, soft);
    } catch (SolrServerException | RuntimeException e) {
      throw failed(e);
    }
    unrefreshed.clear();
    unrefreshedTerms.clear();
  }

  private IOException failed(Exception e) {
    return new IOException(connection.where() + ": " + SolrConnection.reason(e), e);
  }
}
