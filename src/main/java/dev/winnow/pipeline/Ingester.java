package dev.winnow.pipeline;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.ArticleIds;
import dev.winnow.cluster.StoryClusterer;
import dev.winnow.store.StoreWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Clusters and stores feeds' harvests in batches: the articles of a batch are clustered oldest
 * first, whichever feed brought them (an original before its copies, as the events happened), and
 * the batch's articles, seen entries and feed states go into one commit, so a crash loses a whole
 * batch (polled again) and never half a feed. Runs on one thread: clustering decisions depend on
 * what came before.
 */
final class Ingester {
  /** Commits also refresh the searcher (~140 ms, DESIGN.md), so they are batched over feeds. */
  static final int FEEDS_PER_BATCH = 5000;

  static final int ARTICLES_PER_BATCH = 5000;

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
   * Ingests and commits one batch; returns one outcome per harvest, in the order given. Once {@code
   * keepGoing} turns false (shutdown) it stops between two articles and commits what is done; the
   * feeds not wholly ingested keep their previous state (their validators too), so the next poll
   * fetches them again and skips the entries already seen.
   */
  List<FeedOutcome> ingest(List<FeedPoller.Harvest> batch, BooleanSupplier keepGoing)
      throws IOException {
    List<PreparedArticle> all = new ArrayList<>();
    batch.forEach(harvest -> all.addAll(harvest.articles()));
    all.sort(OLDEST_FIRST);
    Map<String, Integer> storedPerFeed = new HashMap<>();
    Set<String> unfinished = new HashSet<>();
    for (PreparedArticle prepared : all) {
      var article = prepared.article();
      String feed = article.outlet(); // the feed's name, as in feeds.yml
      if (!unfinished.isEmpty() || !keepGoing.getAsBoolean()) {
        unfinished.add(feed);
        continue;
      }
      Optional<String> storedAs = storedAs(article);
      if (storedAs.isEmpty()) {
        store.add(article, clusterer.assign(article));
        storedPerFeed.merge(feed, 1, Integer::sum);
      }
      store.markSeen(feed, prepared.entryKey(), storedAs.orElse(article.id()));
    }
    List<FeedOutcome> outcomes = new ArrayList<>();
    for (FeedPoller.Harvest harvest : batch) {
      if (unfinished.contains(harvest.feed().name())) {
        continue;
      }
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
