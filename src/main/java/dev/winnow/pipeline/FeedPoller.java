package dev.winnow.pipeline;

import dev.winnow.cluster.Article;
import dev.winnow.config.FeedSource;
import dev.winnow.config.FetchSettings;
import dev.winnow.feed.FeedEntry;
import dev.winnow.feed.FeedParseException;
import dev.winnow.feed.FeedParser;
import dev.winnow.feed.ParsedFeed;
import dev.winnow.fetch.FetchRequest;
import dev.winnow.fetch.FetchResult;
import dev.winnow.fetch.HttpFetcher;
import dev.winnow.store.FeedState;
import dev.winnow.store.StoreReader;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one feed and turns its new entries into articles. Safe to run for several feeds at once:
 * it only reads the store; storing is the {@link Ingester}'s job.
 */
final class FeedPoller {
  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
  private final HttpFetcher fetcher;
  private final FeedParser parser = new FeedParser();
  private final ArticleBuilder articles;
  private final FetchSettings settings;
  private final InstantSource clock;

  FeedPoller(
      HttpFetcher fetcher, ArticleBuilder articles, FetchSettings settings, InstantSource clock) {
    this.fetcher = fetcher;
    this.articles = articles;
    this.settings = settings;
    this.clock = clock;
  }

  /** What one poll of a feed gathered: the new state and the articles to store. */
  record Harvest(
      FeedSource feed, FeedState state, FeedOutcome outcome, List<PreparedArticle> articles) {}

  /** Never throws: whatever goes wrong with one feed becomes that feed's error. */
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
      parsed = parser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl());
    } catch (FeedParseException e) {
      return failure(feed, before, now, e.getMessage());
    }
    List<PreparedArticle> prepared = new ArrayList<>();
    for (FeedEntry entry : oldestFirst(parsed.entries())) {
      if (!store.hasSeen(feed.name(), entry.key())) {
        Article article = articles.build(feed, entry);
        prepared.add(new PreparedArticle(entry.key(), article));
      }
    }
    FeedState state =
        FeedStates.succeeded(
            feed,
            before,
            now,
            fetched.etag(),
            fetched.lastModified(),
            fetched.movedTo(),
            parsed.hints(),
            fetched.freshFor());
    return new Harvest(feed, state, outcome(feed, false, prepared.size(), ""), prepared);
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
    return new FeedOutcome(feed.name(), feed.url().toString(), notModified, entries, 0, error);
  }
}
