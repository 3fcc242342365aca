package dev.winnow.pipeline;

import dev.winnow.config.FeedSource;
import dev.winnow.config.WinnowConfig;
import dev.winnow.store.StoreWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's loop: poll the feeds that are due, tell the listener, sleep until the next one is
 * due (at most 30 s, so an edited feeds.yml is picked up soon). {@link #stop()} ends it between
 * passes, so the store closes on a committed state.
 */
public final class PollLoop {
  private static final Logger LOG = LoggerFactory.getLogger(PollLoop.class);
  private static final Duration MIN_SLEEP = Duration.ofSeconds(5);

  /** The longest sleep, so an edit of feeds.yml takes effect within it. */
  private static final Duration MAX_SLEEP = Duration.ofSeconds(30);

  private final Supplier<WinnowConfig> configs;
  private final StoreWriter store;
  private final InstantSource clock;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final PollMetrics metrics;
  private WinnowConfig config;
  private Pipeline pipeline;
  private Schedule schedule;

  /**
   * @param configs the current configuration, asked before every pass (see ReloadingConfig)
   */
  public PollLoop(
      Supplier<WinnowConfig> configs, StoreWriter store, InstantSource clock, PollMetrics metrics) {
    this.configs = configs;
    this.metrics = metrics;
    this.store = store;
    this.clock = clock;
  }

  public void run(Runnable afterPass) throws IOException, InterruptedException {
    while (stopped.getCount() > 0) {
      WinnowConfig latest = configs.get();
      if (latest != config) {
        config = latest;
        pipeline = new Pipeline(config, store, clock, metrics);
        schedule = new Schedule(config.poll(), clock);
      }
      Duration sleep;
      try {
        List<FeedSource> mine = store.feedShare().mine(config.feeds());
        List<FeedSource> due = schedule.due(mine, store.reader());
        if (!due.isEmpty()) {
          pipeline.pollOnce(due, () -> stopped.getCount() > 0);
          afterPass.run();
        }
        sleep = untilNextDue(mine);
        metrics.storeAnswered();
      } catch (IOException | UncheckedIOException e) {
        // a shared store's cluster may be down for a while: keep trying, and say so once
        String problem = e.getMessage();
        if (metrics.storeProblem().isEmpty()) {
          LOG.warn(
              "the store failed ({}); trying again every {} s", problem, MAX_SLEEP.toSeconds());
        }
        metrics.storeFailed(problem);
        // the pass's decisions may not all be stored: a fresh pipeline decides them again from
        // what the store holds, rather than taking unstored articles for stored copies
        config = null;
        sleep = MAX_SLEEP;
      }
      stopped.await(sleep.toMillis(), TimeUnit.MILLISECONDS);
    }
    LOG.info("poll loop stopped");
  }

  public void stop() {
    stopped.countDown();
  }

  private Duration untilNextDue(List<FeedSource> mine) {
    Instant now = clock.instant();
    Instant next = now.plus(config.poll().interval());
    for (FeedSource feed : mine) {
      Instant due = schedule.nextDue(store.reader().feedState(feed.name()), feed);
      if (due.isBefore(next)) {
        next = due;
      }
    }
    Duration wait = Duration.between(now, next);
    if (wait.compareTo(MAX_SLEEP) > 0) {
      return MAX_SLEEP;
    }
    return wait.compareTo(MIN_SLEEP) < 0 ? MIN_SLEEP : wait;
  }
}
