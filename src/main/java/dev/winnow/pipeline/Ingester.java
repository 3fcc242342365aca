package dev.winnow.pipeline;

import dev.winnow.cluster.AnalyzedArticle;
import dev.winnow.cluster.Article;
import dev.winnow.cluster.BoundedText;
import dev.winnow.cluster.Decision;
import dev.winnow.cluster.StoryDesk;
import dev.winnow.cluster.TextAnalysis;
import dev.winnow.store.ArticleStream;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.StoredArticle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /**
   * Decisions are made searchable (a near-real-time refresh, no commit) every so many articles, so
   * the clusterer's memory of recent ones stays short however large a batch is.
   */
  private static final int SEARCHABLE_EVERY = 250;

  /** Stories this ingester started, for the pass's summary line. */
  private int storiesStarted;

  int storiesStarted() {
    return storiesStarted;
  }

  private final StoreWriter store;
  private final StoryDesk desk;
  private final StageTimes times;

  /** Whether this instance holds its write turn (from the first article of a commit to it). */
  private boolean inTurn;

  Ingester(StoreWriter store, StoryDesk desk, StageTimes times) {
    this.store = store;
    this.desk = desk;
    this.times = times;
  }

  /**
   * Clusters and stores one article unless it is stored already, and marks its entry seen; true if
   * it was new. A failure that is the entry's (a bug its content triggers) is logged and skips the
   * entry, which stays unseen; the others go on. An I/O failure of the index stops the pass.
   */
  boolean ingest(PreparedArticle prepared) throws IOException {
    Article article = prepared.article();
    try {
      Decision decision = stored(article);
      store.markSeen(article.outlet(), prepared.entryKey(), decision.articleId());
      return decision.isNew();
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
   * Decides the article and writes what was decided, making it searchable now and then. On a store
   * shared with other instances, the first article of a commit waits for this instance's write turn
   * (held until the commit); what the desk remembers is dropped if others wrote since.
   */
  private Decision stored(Article article) throws IOException {
    if (!inTurn) {
      if (store.writeTurns().take()) {
        desk.startOver();
      }
      inTurn = true;
    }
    AnalyzedArticle analyzed =
        times.timed(StageTimes.Stage.ANALYZE, () -> TextAnalysis.analyze(article));
    Decision decision = times.timed(StageTimes.Stage.CLUSTER, () -> desk.decide(analyzed));
    if (decision.isNew() && decision.clustered().assignment().startsStory()) {
      storiesStarted++;
    }
    if (decision.isNew()) {
      times.timed(StageTimes.Stage.STORE, () -> added(decision));
    }
    return decision;
  }

  private Void added(Decision decision) throws IOException {
    store.add(decision.clustered());
    if (desk.unpublished() >= SEARCHABLE_EVERY) {
      store.refresh();
      desk.published();
    }
    return null;
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
    times.timed(StageTimes.Stage.STORE, this::committed);
    return outcomes;
  }

  private Void committed() throws IOException {
    store.commit();
    desk.published();
    if (inTurn) {
      inTurn = false;
      store.writeTurns().release();
    }
    return null;
  }

  /**
   * Decides every stored article again, oldest first, without refetching: one uncommitted
   * transaction read from a snapshot, so readers see the old stories until the final commit and a
   * crash midway leaves them intact. Returns how many articles were reassigned.
   */
  int reclusterAll(Runnable each) throws IOException {
    int n = 0;
    if (!inTurn) {
      store.writeTurns().take();
      inTurn = true;
    }
    try (ArticleStream before = store.reader().articles()) {
      store.deleteArticlesAndStories();
      store.refresh();
      desk.startOver();
      for (StoredArticle stored : before) {
        stored(stored.article());
        n++;
        each.run();
      }
    }
    committed();
    return n;
  }
}
