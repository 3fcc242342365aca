package dev.winnow.pipeline;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.ArticleIds;
import dev.winnow.cluster.BoundedText;
import dev.winnow.cluster.StoryClusterer;
import dev.winnow.store.StoreWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clusters and stores articles one at a time, in the order given, and commits: the articles, their
 * seen entries and the states of the feeds whose polls they complete go into one commit, so a crash
 * loses what came after the last commit (polled again) and never stores an article twice. Runs on
 * one thread: clustering decisions depend on what came before.
 */
final class Ingester {
  private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

  private final StoreWriter store;
  private final StoryClusterer clusterer;

  Ingester(StoreWriter store, StoryClusterer clusterer) {
    this.store = store;
    this.clusterer = clusterer;
  }

  /**
   * The id under which the article is already stored, if it is: the same article reached through
   * another feed or twice in one (same canonical URL), or the same outlet's same text at another
   * URL (a moved or re-published page).
   */
  private Optional<String> storedAs(Article article) {
    if (store.article(article.id()).isPresent()) {
      return Optional.of(article.id());
    }
    return ArticleIds.contentHashOf(article)
        .flatMap(hash -> store.articleWithText(article.outlet(), hash))
        .map(stored -> stored.article().id());
  }

  /**
   * Clusters and stores one article unless it is stored already, and marks its entry seen; true if
   * it was new. A failure that is the entry's (a bug its content triggers) is logged and skips the
   * entry, which stays unseen; the others go on. An I/O failure of the index stops the pass.
   */
  boolean ingest(PreparedArticle prepared) throws IOException {
    Article article = prepared.article();
    try {
      Optional<String> storedAs = storedAs(article);
      if (storedAs.isEmpty()) {
        store.add(article, clusterer.assign(article));
      }
      store.markSeen(article.outlet(), prepared.entryKey(), storedAs.orElse(article.id()));
      return storedAs.isEmpty();
    } catch (RuntimeException e) {
      LOG.warn(
          "feed '{}': entry '{}' not stored: {}",
          article.outlet(),
          BoundedText.capped(prepared.entryKey(), 200),
          e.toString());
      return false;
    }
  }

  /**
   * Saves the states of the completed polls and commits everything ingested since the last commit.
   * Returns their outcomes, with the articles each feed stored over the pass.
   */
  List<FeedOutcome> commit(List<FeedPoller.Harvest> completed, Map<String, Integer> storedPerFeed)
      throws IOException {
    List<FeedOutcome> outcomes = new ArrayList<>();
    for (FeedPoller.Harvest harvest : completed) {
      store.saveFeedState(harvest.state());
      FeedOutcome o = harvest.outcome();
      int stored = storedPerFeed.getOrDefault(harvest.feed().name(), 0);
      outcomes.add(
          new FeedOutcome(
              o.feedName(), o.url(), o.notModified(), o.newEntries(), stored, o.error()));
    }
    store.commit();
    return outcomes;
  }
}
