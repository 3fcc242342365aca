package dev.winnow.pipeline;

import dev.winnow.config.FeedSource;
import dev.winnow.store.StoreReader;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One polling pass, streamed: workers fetch feeds and build their articles in parallel and hand
 * each article over as soon as it is built, through a short queue; this thread clusters and stores
 * them in batches, in whatever order the feeds finish, so a slow feed delays nobody else. A batch
 * closes at {@link #ARTICLES_PER_BATCH} articles, {@link #CHARS_PER_BATCH} characters of text or
 * {@link #BATCH_TIME} after its first article, whichever comes first: memory stays bounded whatever
 * a feed's size, and a crash loses at most one batch.
 */
final class PollPass {
  static final int ARTICLES_PER_BATCH = 1000;
  static final long CHARS_PER_BATCH = 16_000_000;
  static final Duration BATCH_TIME = Duration.ofSeconds(60);

  /** Built articles waiting for the writer: the workers wait when it is full. */
  private static final int QUEUE_CAPACITY = 64;

  /** How often the writer looks up from the queue, to close a batch on time or stop. */
  private static final long WAKE_MILLIS = 500;

  /** What a worker hands over: a built article, or the end of its feed's poll. */
  private record Item(PreparedArticle article, FeedPoller.Harvest done) {}

  private final FeedPoller poller;
  private final Ingester ingester;
  private final StoreReader store;
  private final InstantSource clock;
  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
  private final Map<String, Integer> storedPerFeed = new HashMap<>();

  PollPass(FeedPoller poller, Ingester ingester, StoreReader store, InstantSource clock) {
    this.poller = poller;
    this.ingester = ingester;
    this.store = store;
    this.clock = clock;
  }

  /** Runs the pass and returns an outcome for every feed whose poll was wholly stored. */
  List<FeedOutcome> run(
      List<FeedSource> feeds, int workerCount, BooleanSupplier keepGoing, Recorder recorder)
      throws IOException {
    ExecutorService workers = Executors.newFixedThreadPool(workerCount);
    try {
      feeds.forEach(feed -> workers.submit(() -> pollInto(feed)));
      List<FeedOutcome> outcomes = new ArrayList<>();
      Batch batch = new Batch();
      int remaining = feeds.size();
      while (remaining > 0 && keepGoing.getAsBoolean()) {
        Item item = next();
        if (item != null && item.done() != null) {
          batch.completed.add(item.done());
          remaining--;
        } else if (item != null) {
          batch.add(item.article(), clock.instant());
        }
        if (batch.isFull(clock.instant())) {
          outcomes.addAll(ingest(batch, keepGoing, recorder));
          batch = new Batch();
        }
      }
      outcomes.addAll(ingest(batch, keepGoing, recorder));
      return outcomes;
    } finally {
      workers.shutdownNow();
    }
  }

  /** Tells the caller how each feed went, as soon as its poll is committed. */
  interface Recorder {
    void recorded(FeedOutcome outcome);
  }

  private Item next() throws IOException {
    try {
      return queue.poll(WAKE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while polling", e);
    }
  }

  private List<FeedOutcome> ingest(Batch batch, BooleanSupplier keepGoing, Recorder recorder)
      throws IOException {
    if (batch.articles.isEmpty() && batch.completed.isEmpty()) {
      return List.of();
    }
    List<FeedOutcome> outcomes =
        ingester.ingest(batch.articles, batch.completed, storedPerFeed, keepGoing);
    outcomes.forEach(recorder::recorded);
    return outcomes;
  }

  /**
   * On a worker: polls one feed into the queue, then says it is done, whatever happened (an Error
   * too: the writer must not wait for a feed that will never finish).
   */
  private void pollInto(FeedSource feed) {
    FeedPoller.Harvest harvest;
    try {
      harvest = poller.poll(feed, store, article -> put(new Item(article, null)));
    } catch (CancellationException stopped) {
      return;
    } catch (Throwable e) { // NOPMD: an OutOfMemoryError in one feed must not hang the pass
      harvest = poller.failed(feed, store, e);
    }
    try {
      put(new Item(null, harvest));
    } catch (CancellationException stopped) {
      // the pass is over
    }
  }

  private void put(Item item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("pass ended");
    }
  }

  /** Articles and completed polls gathered for one commit. */
  private static final class Batch {
    final List<PreparedArticle> articles = new ArrayList<>();
    final List<FeedPoller.Harvest> completed = new ArrayList<>();
    private long chars;
    private Instant closesAt;

    void add(PreparedArticle prepared, Instant now) {
      articles.add(prepared);
      chars += prepared.article().text().length() + prepared.article().html().length();
      closesAt = closesAt == null ? now.plus(BATCH_TIME) : closesAt;
    }

    boolean isFull(Instant now) {
      return articles.size() >= ARTICLES_PER_BATCH
          || chars >= CHARS_PER_BATCH
          || (closesAt != null && !now.isBefore(closesAt));
    }
  }
}
