package dev.winnow.pipeline;

import dev.winnow.cluster.StoryClusterer;
import dev.winnow.config.FeedSource;
import dev.winnow.config.WinnowConfig;
import dev.winnow.extract.ArticleExtractor;
import dev.winnow.fetch.HttpFetcher;
import dev.winnow.store.StoreWriter;
import java.io.IOException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the stages: fetch and parse feeds and extract their articles on a pool of workers, then
 * cluster and store each feed's articles on the calling thread, one commit per feed. One bad feed
 * never stops the others.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final WinnowConfig config;
  private final StoreWriter store;
  private final FeedPoller poller;
  private final Ingester ingester;
  private final PollMetrics metrics;
  private final InstantSource clock;

  public Pipeline(WinnowConfig config, StoreWriter store, InstantSource clock) {
    this(config, store, clock, new PollMetrics(store));
  }

  public Pipeline(
      WinnowConfig config, StoreWriter store, InstantSource clock, PollMetrics metrics) {
    this.metrics = metrics;
    this.clock = clock;
    this.config = config;
    this.store = store;
    HttpFetcher fetcher = new HttpFetcher(config.fetch(), clock);
    ArticleBuilder articles =
        new ArticleBuilder(fetcher, new ArticleExtractor(), config.fetch(), clock);
    this.poller = new FeedPoller(fetcher, articles, config.fetch(), clock);
    this.ingester = new Ingester(store, new StoryClusterer(store, config.cluster()));
  }

  /**
   * One pass over the given feeds; returns one outcome per feed. Feeds are fetched in parallel but
   * ingested in the order given, so the same input always gives the same stories.
   */
  public List<FeedOutcome> pollOnce(List<FeedSource> feeds) throws IOException {
    return pollOnce(feeds, () -> true);
  }

  /**
   * As {@link #pollOnce(List)}, but stops before the next feed's ingest once {@code keepGoing}
   * turns false (shutdown): what was ingested is committed, the rest is polled next time.
   */
  public List<FeedOutcome> pollOnce(List<FeedSource> feeds, BooleanSupplier keepGoing)
      throws IOException {
    ExecutorService workers = Executors.newFixedThreadPool(config.poll().workers());
    java.time.Instant started = clock.instant();
    try {
      List<Future<FeedPoller.Harvest>> pending = new ArrayList<>();
      for (FeedSource feed : feeds) {
        pending.add(workers.submit(() -> poller.poll(feed, store)));
      }
      List<FeedOutcome> outcomes = new ArrayList<>();
      List<FeedPoller.Harvest> batch = new ArrayList<>();
      int articles = 0;
      for (Future<FeedPoller.Harvest> future : pending) {
        if (!keepGoing.getAsBoolean()) {
          break;
        }
        FeedPoller.Harvest harvest = take(future);
        batch.add(harvest);
        articles += harvest.articles().size();
        if (batch.size() >= Ingester.FEEDS_PER_BATCH || articles >= Ingester.ARTICLES_PER_BATCH) {
          outcomes.addAll(ingestLogged(batch, keepGoing));
          batch.clear();
          articles = 0;
        }
      }
      outcomes.addAll(ingestLogged(batch, keepGoing));
      metrics.passTook(java.time.Duration.between(started, clock.instant()));
      return outcomes;
    } finally {
      workers.shutdownNow();
    }
  }

  public List<FeedOutcome> pollOnce() throws IOException {
    return pollOnce(config.feeds());
  }

  private List<FeedOutcome> ingestLogged(List<FeedPoller.Harvest> batch, BooleanSupplier keepGoing)
      throws IOException {
    if (batch.isEmpty()) {
      return List.of();
    }
    List<FeedOutcome> outcomes = ingester.ingest(batch, keepGoing);
    for (FeedOutcome o : outcomes) {
      LOG.info(o.describe());
      metrics.recorded(o, clock.instant());
    }
    return outcomes;
  }

  private static FeedPoller.Harvest take(Future<FeedPoller.Harvest> harvest) throws IOException {
    try {
      return harvest.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while polling", e);
    } catch (ExecutionException e) {
      // FeedPoller turns every expected failure into an outcome; this is a bug, so say so loudly.
      throw new IllegalStateException("polling a feed failed unexpectedly", e.getCause());
    }
  }
}
