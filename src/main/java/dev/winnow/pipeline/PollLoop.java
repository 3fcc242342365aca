package dev.winnow.pipeline;

import dev.winnow.config.FeedSource;
import dev.winnow.config.WinnowConfig;
import dev.winnow.store.StoreWriter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's loop: poll the feeds that are due, tell the listener, sleep until the next one is
 * due. {@link #stop()} ends it between passes, so the store closes on a committed state.
 */
public final class PollLoop {
  private static final Logger LOG = LoggerFactory.getLogger(PollLoop.class);
  private static final Duration MIN_SLEEP = Duration.ofSeconds(5);

  private final WinnowConfig config;
  private final StoreWriter store;
  private final Pipeline pipeline;
  private final Schedule schedule;
  private final InstantSource clock;
  private final CountDownLatch stopped = new CountDownLatch(1);

  public PollLoop(WinnowConfig config, StoreWriter store, InstantSource clock) {
    this.config = config;
    this.store = store;
    this.clock = clock;
    this.pipeline = new Pipeline(config, store, clock);
    this.schedule = new Schedule(config.poll(), clock);
  }

  public void run(Runnable afterPass) throws IOException, InterruptedException {
    while (stopped.getCount() > 0) {
      List<FeedSource> due = schedule.due(config.feeds(), store);
      if (!due.isEmpty()) {
        pipeline.pollOnce(due, () -> stopped.getCount() > 0);
        afterPass.run();
      }
      stopped.await(untilNextDue().toMillis(), TimeUnit.MILLISECONDS);
    }
    LOG.info("poll loop stopped");
  }

  public void stop() {
    stopped.countDown();
  }

  private Duration untilNextDue() {
    Instant now = clock.instant();
    Instant next = now.plus(config.poll().interval());
    for (FeedSource feed : config.feeds()) {
      Instant due = schedule.nextDue(store.feedState(feed.name()), feed);
      if (due.isBefore(next)) {
        next = due;
      }
    }
    Duration wait = Duration.between(now, next);
    return wait.compareTo(MIN_SLEEP) < 0 ? MIN_SLEEP : wait;
  }
}
