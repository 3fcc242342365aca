package dev.winnow.pipeline;

import dev.winnow.cluster.Assignment;
import dev.winnow.cluster.StoryClusterer;
import dev.winnow.store.StoreWriter;
import java.io.IOException;

/**
 * Clusters and stores one feed's harvest, then commits articles, seen entries and feed state in one
 * Lucene commit. Runs on one thread: clustering decisions depend on what came before.
 */
final class Ingester {
  private static final int FEEDS_PER_COMMIT = 25;
  private static final int ARTICLES_PER_COMMIT = 250;

  private final StoreWriter store;
  private int feedsSinceCommit;
  private final StoryClusterer clusterer;

  Ingester(StoreWriter store, StoryClusterer clusterer) {
    this.store = store;
    this.clusterer = clusterer;
  }

  /**
   * Commits what was ingested: each feed's articles, seen entries and state go into the same
   * commit, so a crash before it loses that feed's whole poll (it is polled again), never half.
   */
  void commit() throws IOException {
    store.commit();
    feedsSinceCommit = 0;
  }

  /**
   * Commits are batched over feeds, since each also refreshes the searcher (~140 ms, DESIGN.md);
   * the clusterer reads uncommitted articles from the store's pending buffer meanwhile.
   */
  boolean commitDue() {
    return feedsSinceCommit >= FEEDS_PER_COMMIT || store.pendingArticles() >= ARTICLES_PER_COMMIT;
  }

  FeedOutcome ingest(FeedPoller.Harvest harvest) throws IOException {
    int stored = 0;
    String feed = harvest.feed().name();
    for (PreparedArticle prepared : harvest.articles()) {
      var article = prepared.article();
      // The same article reached through another feed, or twice in one, is stored once.
      if (store.article(article.id()).isEmpty()) {
        Assignment assignment = clusterer.assign(article);
        store.add(article, assignment);
        stored++;
      }
      store.markSeen(feed, prepared.entryKey(), article.id());
    }
    store.saveFeedState(harvest.state());
    feedsSinceCommit++;
    FeedOutcome o = harvest.outcome();
    return new FeedOutcome(
        o.feedName(), o.url(), o.notModified(), o.newEntries(), stored, o.error());
  }
}
