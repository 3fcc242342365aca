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
  private final StoreWriter store;
  private final StoryClusterer clusterer;

  Ingester(StoreWriter store, StoryClusterer clusterer) {
    this.store = store;
    this.clusterer = clusterer;
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
    store.commit();
    FeedOutcome o = harvest.outcome();
    return new FeedOutcome(
        o.feedName(), o.url(), o.notModified(), o.newEntries(), stored, o.error());
  }
}
