package dev.winnow.pipeline;

import dev.winnow.cluster.StoryDesk;
import dev.winnow.config.FeedSource;
import dev.winnow.config.WinnowConfig;
import dev.winnow.extract.ArticleExtractor;
import dev.winnow.fetch.Fetcher;
import dev.winnow.fetch.HttpFetcher;
import dev.winnow.store.StoreWriter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the stages: feeds are read and their articles built on pools of workers, and clustered and
 * stored on the calling thread, oldest first, with a commit every 1,000 articles or 60 s ({@link
 * PollPass}). One bad feed, or one bad entry, never stops the others.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final WinnowConfig config;
  private final StoreWriter store;
  private final FeedPoller poller;
  private final Ingester ingester;
  private final PollMetrics metrics;
  private final InstantSource clock;
  private final StageTimes times = new StageTimes();

  public Pipeline(WinnowConfig config, StoreWriter store, InstantSource clock) {
    this(config, store, clock, new PollMetrics(store.reader()));
  }

  public Pipeline(
      WinnowConfig config, StoreWriter store, InstantSource clock, PollMetrics metrics) {
    this(config, store, clock, metrics, new HttpFetcher(config.fetch(), clock));
  }

  /** With the bytes from {@code fetcher}: the network, or memory in a benchmark. */
  public Pipeline(
      WinnowConfig config,
      StoreWriter store,
      InstantSource clock,
      PollMetrics metrics,
      Fetcher fetcher) {
    this.metrics = metrics;
    this.clock = clock;
    this.config = config;
    this.store = store;
    ArticleBuilder articles =
        new ArticleBuilder(fetcher, new ArticleExtractor(), config.fetch(), clock, times);
    this.poller = new FeedPoller(fetcher, articles, config.fetch(), clock, times);
    this.ingester =
        new Ingester(store, new StoryDesk(store.clusterIndex(), config.cluster()), times);
  }

  /** Where ingest time went since this pipeline started, stage by stage. */
  public StageTimes stageTimes() {
    return times;
  }

  /** One pass over the given feeds; returns one outcome per feed. */
  public List<FeedOutcome> pollOnce(List<FeedSource> feeds) throws IOException {
    return pollOnce(feeds, () -> true);
  }

  /**
   * As {@link #pollOnce(List)}, but stops before the next article once {@code keepGoing} turns
   * false (shutdown): what was ingested is committed, the rest is polled next time.
   */
  public List<FeedOutcome> pollOnce(List<FeedSource> feeds, BooleanSupplier keepGoing)
      throws IOException {
    Instant started = clock.instant();
    PollPass pass = new PollPass(poller, ingester, store.reader(), clock);
    List<FeedOutcome> outcomes =
        pass.run(
            feeds,
            config.poll().workers(),
            keepGoing,
            outcome -> {
              LOG.info(outcome.describe());
              metrics.recorded(outcome, clock.instant());
            });
    metrics.passTook(Duration.between(started, clock.instant()));
    return outcomes;
  }

  public List<FeedOutcome> pollOnce() throws IOException {
    return pollOnce(config.feeds());
  }

  /** Clusters every stored article again, oldest first; returns how many. */
  public int reclusterAll() throws IOException {
    return ingester.reclusterAll();
  }
}
