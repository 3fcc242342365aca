package dev.winnow.pipeline;

import dev.winnow.config.FeedSource;
import dev.winnow.feed.FeedEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * The new entries of a pass's feeds, read but not yet stored, handed out oldest first whichever
 * feed they came from, so stories form in the order events happened (an original before its
 * copies). Thread-safe: feed readers add, the writer takes.
 *
 * <p>Entries are held back until every feed has been read, or their text reaches {@link
 * #MAX_CHARS}, or {@code releaseAt} passes: a slow feed delays the others by at most that, and
 * memory holds at most that much text, however many and however large the feeds. Readers wait while
 * the cap is reached.
 */
final class PendingEntries {
  /** Text of entries held at once (about 32 MB): dozens of full-content feeds. */
  static final long MAX_CHARS = 16_000_000;

  /** One entry waiting for its article to be built. */
  record Waiting(FeedSource feed, FeedEntry entry, long order, long chars) {}

  private static final Comparator<Waiting> OLDEST_FIRST =
      Comparator.comparing(
              (Waiting w) -> Objects.requireNonNullElse(w.entry().published(), Instant.MAX))
          .thenComparingLong(Waiting::order);

  private final PriorityQueue<Waiting> queue = new PriorityQueue<>(OLDEST_FIRST);
  private final Map<String, FeedPoller.Harvest> open = new HashMap<>();
  private final Map<String, Integer> remaining = new HashMap<>();
  private final List<FeedPoller.Harvest> completed = new ArrayList<>();
  private final Instant releaseAt;
  private int unread;
  private long chars;
  private long added;
  private boolean released;

  PendingEntries(int feeds, Instant releaseAt) {
    this.unread = feeds;
    this.releaseAt = releaseAt;
  }

  /** A feed was read: its new entries wait their turn; a poll with none is complete at once. */
  synchronized void add(FeedPoller.Harvest harvest) throws InterruptedException {
    while (chars >= MAX_CHARS) {
      released = true;
      notifyAll();
      wait();
    }
    unread--;
    String name = harvest.feed().name();
    if (harvest.fresh().isEmpty()) {
      completed.add(harvest);
    } else {
      // kept without its entries: each is let go once its article is built
      open.put(
          name,
          new FeedPoller.Harvest(harvest.feed(), harvest.state(), harvest.outcome(), List.of()));
      remaining.put(name, harvest.fresh().size());
      for (FeedEntry entry : harvest.fresh()) {
        long size =
            entry.title().length() + entry.summaryHtml().length() + entry.contentHtml().length();
        queue.add(new Waiting(harvest.feed(), entry, added++, size));
        chars += size;
      }
    }
    notifyAll();
  }

  /** The oldest entry, if one may be taken now; else waits up to {@code millis} and says null. */
  synchronized Waiting take(Instant now, long millis) throws InterruptedException {
    released |= unread == 0 || chars >= MAX_CHARS || !now.isBefore(releaseAt);
    if (!released || queue.isEmpty()) {
      if (millis > 0) {
        wait(millis);
      }
      return null;
    }
    Waiting next = queue.poll();
    chars -= next.chars();
    notifyAll();
    return next;
  }

  /** One entry of this feed is stored or skipped; the feed's poll completes with its last. */
  synchronized void finished(String feed) {
    if (remaining.merge(feed, -1, Integer::sum) == 0) {
      remaining.remove(feed);
      completed.add(open.remove(feed));
    }
  }

  /** The polls completed since the last call: their states go into the next commit. */
  synchronized List<FeedPoller.Harvest> drainCompleted() {
    List<FeedPoller.Harvest> done = List.copyOf(completed);
    completed.clear();
    return done;
  }

  /** Every feed read and every entry handed out and finished. */
  synchronized boolean isDone() {
    return unread == 0 && open.isEmpty();
  }
}
