package dev.winnow.cli;

import dev.winnow.config.FeedSource;
import dev.winnow.config.RedactedUrls;
import dev.winnow.config.WinnowConfig;
import dev.winnow.pipeline.PollMetrics;
import dev.winnow.pipeline.Schedule;
import dev.winnow.serve.MergedFeed;
import dev.winnow.serve.WebServer;
import dev.winnow.store.FeedState;
import dev.winnow.store.StoreReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Builds the web server the run and serve commands share. */
final class Serving {
  private static final int FEED_SIZE = 100;

  private Serving() {}

  /** A feed with no stories yet says it was updated when winnow started serving it. */
  static MergedFeed mergedFeed(StoreReader store, String host, int port, InstantSource clock) {
    String base = "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port;
    return new MergedFeed(store, "winnow: merged stories", base, clock.instant(), FEED_SIZE);
  }

  static WebServer start(
      StoreReader store,
      Supplier<WinnowConfig> config,
      MergedFeed feed,
      String host,
      int port,
      InstantSource clock,
      PollMetrics metrics)
      throws IOException {
    WebServer.MetricsSource source =
        metrics == null
            ? null
            : new WebServer.MetricsSource() {
              @Override
              public String contentType() {
                return metrics.contentType();
              }

              @Override
              public void writeTo(java.io.OutputStream out) throws IOException {
                metrics.writeTo(out);
              }
            };
    WebServer server =
        new WebServer(host, port, feed, () -> health(store, config.get(), clock, metrics), source);
    server.start();
    return server;
  }

  private static Map<String, Object> health(
      StoreReader store, WinnowConfig config, InstantSource clock, PollMetrics metrics) {
    Map<String, Object> health = new LinkedHashMap<>();
    health.put("status", "ok");
    health.put("time", clock.instant().toString());
    try {
      feedHealth(store, config, clock, health);
    } catch (UncheckedIOException e) {
      health.put("status", "failing");
      health.put("store", "unavailable: " + e.getMessage());
      return health;
    }
    Optional.ofNullable(metrics) // none where nothing polls (winnow serve)
        .flatMap(PollMetrics::storeProblem)
        .ifPresent(
            problem -> {
              health.put("status", "failing");
              health.put("store", "the last pass failed: " + problem + "; retrying");
            });
    return health;
  }

  private static void feedHealth(
      StoreReader store, WinnowConfig config, InstantSource clock, Map<String, Object> health) {
    health.put("articles", store.articleCount());
    List<Map<String, Object>> feeds = new ArrayList<>();
    int failing = 0;
    Schedule schedule = config == null ? null : new Schedule(config.poll(), clock);
    for (FeedSource source : config == null ? List.<FeedSource>of() : config.feeds()) {
      FeedState state = store.feedState(source.name());
      Map<String, Object> feed = new LinkedHashMap<>();
      feed.put("name", source.name());
      feed.put("url", RedactedUrls.of(source.url()));
      feed.put("lastSuccess", text(state.lastSuccess()));
      feed.put("lastError", state.lastError());
      feed.put("consecutiveErrors", state.consecutiveErrors());
      failing += state.consecutiveErrors() > 0 ? 1 : 0;
      Instant next = schedule.nextDue(state, source);
      feed.put("nextDue", next.equals(Instant.MAX) ? "never (gone)" : text(next));
      feeds.add(feed);
    }
    // ok; degraded when some feeds fail; failing (answered with 503) when every feed fails: a
    // monitor sees at once what "every feed failing, status ok" used to hide
    if (failing > 0) {
      health.put("status", failing == feeds.size() ? "failing" : "degraded");
    }
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("total", feeds.size());
    counts.put("ok", feeds.size() - failing);
    counts.put("failing", failing);
    health.put("feedCounts", counts);
    health.put("feeds", feeds);
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
