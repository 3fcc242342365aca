package dev.winnow.pipeline;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.ArticleIds;
import dev.winnow.cluster.BoundedText;
import dev.winnow.cluster.StoryClusterer;
import dev.winnow.store.StoreWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clusters and stores one batch of articles: they are clustered oldest first, whichever feed
 * brought them (an original before its copies, as the events happened), and the batch's articles,
 * seen entries and the states of the feeds it completes go into one commit, so a crash loses at
 * most one batch (polled again) and never stores an article twice. Runs on one thread: clustering
 * decisions depend on what came before.
 */
final class Ingester {
  private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

  private static final Comparator<PreparedArticle> OLDEST_FIRST =
      Comparator.comparing((PreparedArticle p) -> p.article().published())
          .thenComparing(p -> p.article().id());

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
   * Ingests and commits one batch: its articles, then the states of the feeds whose polls it
   * completes. Returns the outcomes of those feeds, with the articles each stored over the pass
   * ({@code storedPerFeed}, counted on). Once {@code keepGoing} turns false (shutdown) it stops
   * between two articles and commits what is done; a feed with an article left keeps its previous
   * state (its validators too), so the next poll fetches it again and skips the entries seen.
   */
  List<FeedOutcome> ingest(
      List<PreparedArticle> articles,
      List<FeedPoller.Harvest> completed,
      Map<String, Integer> storedPerFeed,
      BooleanSupplier keepGoing)
      throws IOException {
    List<PreparedArticle> all = new ArrayList<>(articles);
    all.sort(OLDEST_FIRST);
    Set<String> unfinished = new HashSet<>();
    for (PreparedArticle prepared : all) {
      String feed = prepared.article().outlet(); // the feed's name, as in feeds.yml
      if (!unfinished.isEmpty() || !keepGoing.getAsBoolean()) {
        unfinished.add(feed);
      } else if (store(prepared)) {
        storedPerFeed.merge(feed, 1, Integer::sum);
      }
    }
    List<FeedOutcome> outcomes = new ArrayList<>();
    for (FeedPoller.Harvest harvest : completed) {
      if (!unfinished.contains(harvest.feed().name())) {
        store.saveFeedState(harvest.state());
        FeedOutcome o = harvest.outcome();
        int stored = storedPerFeed.getOrDefault(harvest.feed().name(), 0);
        outcomes.add(
            new FeedOutcome(
                o.feedName(), o.url(), o.notModified(), o.newEntries(), stored, o.error()));
      }
    }
    store.commit();
    return outcomes;
  }

  /**
   * Clusters and stores one article unless it is stored already, and marks its entry seen; true if
   * it was new. A failure that is the entry's (a bug its content triggers) is logged and skips the
   * entry, which stays unseen; the batch goes on. An I/O failure of the index stops the batch.
   */
  private boolean store(PreparedArticle prepared) throws IOException {
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
}
