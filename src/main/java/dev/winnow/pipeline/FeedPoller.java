package dev.winnow.pipeline;

import dev.winnow.cluster.BoundedText;
import dev.winnow.config.FeedSource;
import dev.winnow.config.FetchSettings;
import dev.winnow.config.RedactedUrls;
import dev.winnow.feed.FeedEntry;
import dev.winnow.feed.FeedParseException;
import dev.winnow.feed.FeedParser;
import dev.winnow.feed.ParsedFeed;
import dev.winnow.fetch.FetchRequest;
import dev.winnow.fetch.FetchResult;
import dev.winnow.fetch.Fetcher;
import dev.winnow.store.FeedState;
import dev.winnow.store.StoreReader;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one feed and turns its new entries into articles. Safe to run for several feeds at once:
 * it only reads the store (its seen entries); storing is the {@link Ingester}'s job.
 */
final class FeedPoller {
  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
  private final Fetcher fetcher;
  private final StageTimes times;
  private final FeedParser parser = new FeedParser();
  private final ArticleBuilder articles;
  private final FetchSettings settings;
  private final InstantSource clock;

  FeedPoller(
      Fetcher fetcher,
      ArticleBuilder articles,
      FetchSettings settings,
      InstantSource clock,
      StageTimes times) {
    this.fetcher = fetcher;
    this.times = times;
    this.articles = articles;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * The most new entries of one feed stored in one pass, oldest first; the rest wait for the next
   * polls. A 50,000-item feed then takes a pass's share like any other and cannot hold up the other
   * feeds' articles for minutes.
   */
  static final int MAX_NEW_ENTRIES_PER_PASS = 1000;

  /**
   * How one poll of a feed ended: the state to store once its new entries are, its outcome, and
   * those entries (oldest first), whose articles are built one at a time by {@link #build}.
   */
  record Harvest(FeedSource feed, FeedState state, FeedOutcome outcome, List<FeedEntry> fresh) {
    Harvest {
      fresh = List.copyOf(fresh);
    }
  }

  /**
   * Fetches and reads the feed and picks its new entries. Never throws: whatever goes wrong with
   * the feed becomes its error.
   */
  Harvest poll(FeedSource feed, StoreReader store) {
    FeedState before = store.feedState(feed.name());
    Instant now = clock.instant();
    try {
      return poll(feed, store, before, now);
    } catch (RuntimeException e) {
      LOG.warn("feed '{}': unexpected failure", feed.name(), e);
      return failure(feed, before, now, "internal error: " + e);
    }
  }

  /** The harvest of a poll that failed outside every expected path (an Error in a worker). */
  Harvest failed(FeedSource feed, StoreReader store, Throwable e) {
    return failure(feed, store.feedState(feed.name()), clock.instant(), "internal error: " + e);
  }

  private Harvest poll(FeedSource feed, StoreReader store, FeedState before, Instant now) {
    FetchResult result =
        fetcher.fetch(
            FetchRequest.feed(
                before.urlFor(feed.url()),
                before.etag(),
                before.lastModified(),
                settings.maxFeedBytes()));
    if (result instanceof FetchResult.NotModified same) {
      FeedState state =
          FeedStates.succeeded(
              feed,
              before,
              now,
              before.etag(),
              before.lastModified(),
              same.movedTo(),
              null,
              same.freshFor());
      return new Harvest(feed, state, outcome(feed, true, 0, ""), List.of());
    }
    if (result instanceof FetchResult.Failed failed) {
      FeedState state = FeedStates.failed(feed, before, now, failed);
      return new Harvest(feed, state, outcome(feed, false, 0, state.lastError()), List.of());
    }
    FetchResult.Fetched fetched = (FetchResult.Fetched) result;
    ParsedFeed parsed;
    try {
      parsed =
          times.timed(
              StageTimes.Stage.PARSE,
              () -> parser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl()));
    } catch (FeedParseException e) {
      return failure(feed, before, now, e.getMessage());
    }
    List<FeedEntry> fresh =
        oldestFirst(parsed.entries()).stream()
            .filter(entry -> !store.hasSeen(feed.name(), entry.key()))
            .toList();
    int taken = Math.min(fresh.size(), MAX_NEW_ENTRIES_PER_PASS);
    // Validators only once every new entry was taken: a 304 next time would hide the rest.
    boolean complete = taken == fresh.size();
    FeedState state =
        FeedStates.succeeded(
            feed,
            before,
            now,
            complete ? fetched.etag() : null,
            complete ? fetched.lastModified() : null,
            fetched.movedTo(),
            parsed.hints(),
            fetched.freshFor());
    if (!complete) {
      LOG.info(
          "feed '{}': {} new entries, the oldest {} taken this pass",
          feed.name(),
          fresh.size(),
          taken);
    }
    return new Harvest(feed, state, outcome(feed, false, taken, ""), fresh.subList(0, taken));
  }

  /**
   * One entry's article (the page fetched and extracted); a bug met on one entry costs that entry,
   * not the feed. Safe to call from several threads.
   */
  Optional<PreparedArticle> build(FeedSource feed, FeedEntry entry) {
    try {
      return Optional.of(new PreparedArticle(entry.key(), articles.build(feed, entry)));
    } catch (RuntimeException e) {
      LOG.warn(
          "feed '{}': entry '{}' skipped: {}",
          feed.name(),
          BoundedText.capped(entry.key(), 200),
          e.toString());
      return Optional.empty();
    }
  }

  /** Oldest first, so an original is stored before the copies that follow it. */
  private static List<FeedEntry> oldestFirst(List<FeedEntry> entries) {
    List<FeedEntry> sorted = new ArrayList<>(entries);
    sorted.sort(
        Comparator.comparing(
            (FeedEntry e) -> Objects.requireNonNullElse(e.published(), Instant.MAX)));
    return sorted;
  }

  private Harvest failure(FeedSource feed, FeedState before, Instant now, String error) {
    FeedState state = FeedStates.failed(feed, before, now, error);
    return new Harvest(feed, state, outcome(feed, false, 0, error), List.of());
  }

  private static FeedOutcome outcome(
      FeedSource feed, boolean notModified, int entries, String error) {
    return new FeedOutcome(
        feed.name(),
        RedactedUrls.of(feed.url()),
        notModified,
        entries,
        0,
        RedactedUrls.scrub(error, feed.url()));
  }
}
