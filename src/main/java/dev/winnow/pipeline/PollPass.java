package dev.winnow.pipeline;

import dev.winnow.config.FeedSource;
import dev.winnow.store.StoreReader;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One polling pass, streamed: readers fetch and read the feeds in parallel; their new entries wait
 * in {@link PendingEntries}, oldest first; builders fetch and extract the articles of the next few
 * entries in parallel, and this thread clusters and stores them in that order. Only a window of
 * built articles is in memory at a time, whatever a feed's size. A commit follows every {@link
 * #ARTICLES_PER_COMMIT} articles and at least every {@link #COMMIT_EVERY}, so a crash loses at most
 * that much; a feed's state is committed with its last entry.
 */
final class PollPass {
  private static final Logger LOG = LoggerFactory.getLogger(PollPass.class);

  static final int ARTICLES_PER_COMMIT = 1000;
  static final Duration COMMIT_EVERY = Duration.ofSeconds(60);

  /** How long a pass waits for its slowest feeds before storing what the others brought. */
  static final Duration WAIT_FOR_FEEDS = Duration.ofSeconds(60);

  /** How often the writer looks up, to commit on time or stop. */
  private static final long WAKE_MILLIS = 200;

  private final FeedPoller poller;
  private final Ingester ingester;
  private final StoreReader store;
  private final InstantSource clock;
  private final Map<String, Integer> storedPerFeed = new HashMap<>();

  PollPass(FeedPoller poller, Ingester ingester, StoreReader store, InstantSource clock) {
    this.poller = poller;
    this.ingester = ingester;
    this.store = store;
    this.clock = clock;
  }

  /** Tells the caller how each feed went, as soon as its poll is committed. */
  interface Recorder {
    void recorded(FeedOutcome outcome);
  }

  /** A built (or building) article and the feed it is for. */
  private record InFlight(String feed, Future<Optional<PreparedArticle>> article) {}

  /** Runs the pass; returns an outcome for every feed whose poll was wholly committed. */
  List<FeedOutcome> run(
      List<FeedSource> feeds, int workers, BooleanSupplier keepGoing, Recorder recorder)
      throws IOException {
    PendingEntries pending = new PendingEntries(feeds.size(), clock.instant().plus(WAIT_FOR_FEEDS));
    ExecutorService readers = Executors.newFixedThreadPool(workers);
    ExecutorService builders = Executors.newFixedThreadPool(workers);
    try {
      feeds.forEach(feed -> readers.submit(() -> read(feed, pending)));
      return write(pending, builders, 4 * workers, keepGoing, recorder);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while polling", e);
    } finally {
      readers.shutdownNow();
      builders.shutdownNow();
    }
  }

  private List<FeedOutcome> write(
      PendingEntries pending,
      ExecutorService builders,
      int window,
      BooleanSupplier keepGoing,
      Recorder recorder)
      throws IOException, InterruptedException {
    List<FeedOutcome> outcomes = new ArrayList<>();
    Deque<InFlight> inFlight = new ArrayDeque<>();
    int uncommitted = 0;
    Instant commitBy = clock.instant().plus(COMMIT_EVERY);
    while (keepGoing.getAsBoolean() && !(inFlight.isEmpty() && pending.isDone())) {
      while (inFlight.size() < window) {
        PendingEntries.Waiting next =
            pending.take(clock.instant(), inFlight.isEmpty() ? WAKE_MILLIS : 0);
        if (next == null) {
          break;
        }
        inFlight.add(
            new InFlight(
                next.feed().name(),
                builders.submit(() -> poller.build(next.feed(), next.entry()))));
      }
      if (!inFlight.isEmpty()) {
        InFlight head = inFlight.poll();
        Optional<PreparedArticle> article = built(head);
        if (article.isPresent() && ingester.ingest(article.get())) {
          storedPerFeed.merge(head.feed(), 1, Integer::sum);
        }
        pending.finished(head.feed());
        uncommitted++;
      }
      boolean late = uncommitted > 0 && !clock.instant().isBefore(commitBy);
      if (uncommitted >= ARTICLES_PER_COMMIT || late) {
        outcomes.addAll(commit(pending, recorder));
        uncommitted = 0;
        commitBy = clock.instant().plus(COMMIT_EVERY);
      }
    }
    outcomes.addAll(commit(pending, recorder));
    return outcomes;
  }

  private List<FeedOutcome> commit(PendingEntries pending, Recorder recorder) throws IOException {
    List<FeedOutcome> outcomes = ingester.commit(pending.drainCompleted(), storedPerFeed);
    outcomes.forEach(recorder::recorded);
    return outcomes;
  }

  private Optional<PreparedArticle> built(InFlight flight) throws InterruptedException {
    try {
      return flight.article().get();
    } catch (ExecutionException e) { // an Error while building one article costs that article
      LOG.warn("feed '{}': an entry was skipped: {}", flight.feed(), e.getCause().toString());
      return Optional.empty();
    }
  }

  /**
   * On a reader: fetches and reads one feed into the pending entries, whatever happens (an Error
   * too: the writer must not wait for a feed that will never be read).
   */
  private void read(FeedSource feed, PendingEntries pending) {
    FeedPoller.Harvest harvest;
    try {
      harvest = poller.poll(feed, store);
    } catch (Throwable e) { // an OutOfMemoryError in one feed must not hang the pass
      harvest = poller.failed(feed, store, e);
    }
    try {
      pending.add(harvest);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the pass is over
    }
  }
}
