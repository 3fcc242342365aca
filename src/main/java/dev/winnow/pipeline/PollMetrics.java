package dev.winnow.pipeline;

import dev.winnow.store.StoreReader;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a daemon's operator graphs: polls by result, articles stored, the last pass's duration and
 * the index's size, written in the Prometheus text format by the Prometheus Java client. Prometheus
 * types stay in this class.
 */
public final class PollMetrics {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter polls =
      Counter.builder()
          .name("winnow_feed_polls_total")
          .help("Feed polls by result: ok, not_modified or error")
          .labelNames("result")
          .register(registry);
  private final Counter stored =
      Counter.builder()
          .name("winnow_articles_stored_total")
          .help("Articles stored for the first time")
          .register(registry);
  private final Counter feedPolls =
      Counter.builder()
          .name("winnow_feed_polls_by_feed_total")
          .help("Polls of each feed by result: ok, not_modified or error")
          .labelNames("feed", "result")
          .register(registry);
  private final Counter feedStored =
      Counter.builder()
          .name("winnow_feed_articles_stored_total")
          .help("Articles each feed brought that were stored for the first time")
          .labelNames("feed")
          .register(registry);
  private final Gauge lastSuccess =
      Gauge.builder()
          .name("winnow_feed_last_success_timestamp_seconds")
          .help("When each feed was last read without error (Unix time)")
          .labelNames("feed")
          .register(registry);
  private final Gauge passSeconds =
      Gauge.builder()
          .name("winnow_last_pass_seconds")
          .help("Duration of the last polling pass")
          .register(registry);

  /** Each failing feed's last cause: a cause is logged when it starts or changes, not per pass. */
  private final java.util.Map<String, String> failing =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Why the last pass could not use the store (a cluster unreachable), or null. */
  private volatile String storeProblem;

  public PollMetrics(StoreReader store) {
    GaugeWithCallback.builder()
        .name("winnow_articles")
        .help("Articles in the index")
        .callback(cb -> cb.call(store.articleCount()))
        .register(registry);
  }

  /**
   * What the log should say of this outcome: a failure when it is new or its cause changed, a
   * recovery once, and nothing for a feed that goes on as before.
   */
  Optional<String> news(FeedOutcome outcome) {
    if (outcome.failed()) {
      String before = failing.put(outcome.feedName(), outcome.error());
      return outcome.error().equals(before) ? Optional.empty() : Optional.of(outcome.describe());
    }
    return failing.remove(outcome.feedName()) == null
        ? Optional.empty()
        : Optional.of("feed '" + outcome.feedName() + "': read again after failing");
  }

  void recorded(FeedOutcome outcome, Instant at) {
    String result = outcome.failed() ? "error" : outcome.notModified() ? "not_modified" : "ok";
    polls.labelValues(result).inc();
    stored.inc(outcome.newArticles());
    feedPolls.labelValues(outcome.feedName(), result).inc();
    feedStored.labelValues(outcome.feedName()).inc(outcome.newArticles());
    if (!outcome.failed()) {
      lastSuccess.labelValues(outcome.feedName()).set(at.getEpochSecond());
    }
  }

  /** The pass failed on the store; the loop tries again at the next. */
  void storeFailed(String problem) {
    storeProblem = problem;
  }

  void storeAnswered() {
    storeProblem = null;
  }

  /** Why the daemon cannot use its store now, if it cannot: for /health. */
  public Optional<String> storeProblem() {
    return Optional.ofNullable(storeProblem);
  }

  void passTook(Duration duration) {
    passSeconds.set(duration.toMillis() / 1000.0);
  }

  public String contentType() {
    return ExpositionFormats.init().getPrometheusTextFormatWriter().getContentType();
  }

  public void writeTo(OutputStream out) throws IOException {
    ExpositionFormats.init().getPrometheusTextFormatWriter().write(out, registry.scrape());
  }
}
