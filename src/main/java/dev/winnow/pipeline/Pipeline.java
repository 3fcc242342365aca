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
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the stages: feeds are read and their articles built on pools of workers, and clustered and
 * stored on the calling thread, oldest first, with a commit every 1,000 articles or 60 s ({@link
 * PollPass}). One bad feed, or one bad entry, never stops the others.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  /**
   * What the daemon says of its feeds and passes; one-shot commands report their outcomes
   * themselves and silence it ({@code Main}).
   */
  public static final String FEED_LOG = "winnow.feeds";

  private static final Logger FEEDS = LoggerFactory.getLogger(FEED_LOG);

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
    return pollOnce(feeds, keepGoing, outcome -> {});
  }

  /** As {@link #pollOnce(List, BooleanSupplier)}, telling {@code each} of every feed's outcome. */
  public List<FeedOutcome> pollOnce(
      List<FeedSource> feeds, BooleanSupplier keepGoing, Consumer<FeedOutcome> each)
      throws IOException {
    Instant started = clock.instant();
    int storiesBefore = ingester.storiesStarted();
    PollPass pass = new PollPass(poller, ingester, store.reader(), clock);
    List<FeedOutcome> outcomes =
        pass.run(
            feeds,
            config.poll().workers(),
            keepGoing,
            outcome -> {
              metrics.news(outcome).ifPresent(news -> logNews(outcome, news));
              LOG.debug(outcome.describe());
              metrics.recorded(outcome, clock.instant());
              each.accept(outcome);
            });
    Duration took = Duration.between(started, clock.instant());
    metrics.passTook(took);
    FEEDS.info(passSummary(outcomes, ingester.storiesStarted() - storiesBefore, took));
    return outcomes;
  }

  private static void logNews(FeedOutcome outcome, String news) {
    if (outcome.failed()) {
      FEEDS.warn(news);
    } else {
      FEEDS.info(news);
    }
  }

  /** The pass in one line: what was polled, what failed, what it brought, how long it took. */
  static String passSummary(List<FeedOutcome> outcomes, int newStories, Duration took) {
    long failed = outcomes.stream().filter(FeedOutcome::failed).count();
    long notModified = outcomes.stream().filter(FeedOutcome::notModified).count();
    int articles = outcomes.stream().mapToInt(FeedOutcome::newArticles).sum();
    return String.format(
        java.util.Locale.ROOT,
        "pass: %d feeds polled, %d failed, %d not modified; %d new articles, %d new stories; %.1f s",
        outcomes.size(),
        failed,
        notModified,
        articles,
        newStories,
        took.toMillis() / 1000.0);
  }

  public List<FeedOutcome> pollOnce() throws IOException {
    return pollOnce(config.feeds());
  }

  /** Clusters every stored article again, oldest first; returns how many. */
  public int reclusterAll() throws IOException {
    return reclusterAll(() -> {});
  }

  /** As {@link #reclusterAll()}, calling {@code each} after every article. */
  public int reclusterAll(Runnable each) throws IOException {
    return ingester.reclusterAll(each);
  }
}
