package dev.winnow.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.winnow.cluster.Article;
import dev.winnow.config.ClusterSettings;
import dev.winnow.config.FeedSource;
import dev.winnow.config.FetchSettings;
import dev.winnow.config.PollSettings;
import dev.winnow.config.WinnowConfig;
import dev.winnow.pipeline.FeedOutcome;
import dev.winnow.pipeline.Pipeline;
import dev.winnow.pipeline.PollMetrics;
import dev.winnow.pipeline.StageTimes;
import dev.winnow.pipeline.StageTimes.Stage;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.Stores;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ingest as the index grows, without the network (a benchmark, not a test): at each size the index
 * is grown with {@link SyntheticNews}, then the stream goes on as 50 outlets' RSS feeds and article
 * pages served from memory ({@link MemoryWeb}) through the real pipeline: parse, fetch, extract,
 * analyze, cluster, store, commit. Each pass brings 1,000 new articles (every feed also lists the
 * previous pass's items, seen already, as real feeds do); the first pass at each size warms the JIT
 * up and is not measured.
 *
 * <p>Usage: bench/run IngestBenchmark [SIZES...] (default 10000 100000 1000000), -Xmx512m; with
 * -Dwinnow.bench.index=DIR the grown index is kept and reused (as in {@link
 * ClusteringCostBenchmark}). Stage times are summed over threads, so they can exceed the wall time;
 * "per CPU s" is articles per second of the process's CPU time, JIT and GC included.
 */
public final class IngestBenchmark {
  private static final int PER_PASS = 1_000;

  /** Passes at each size that warm the JIT up and are not measured: 1,000 articles each. */
  private static final int WARMUP_PASSES =
      Integer.getInteger("winnow.bench.warmup", 1000) / PER_PASS;

  private static final int MEASURED_PASSES = 2;

  private final SyntheticNews news = new SyntheticNews();
  private final MemoryWeb web = new MemoryWeb();
  private final List<List<Article>> listed = new ArrayList<>();
  private volatile Instant now = Instant.EPOCH;

  public static void main(String[] args) throws Exception {
    List<Long> sizes = new ArrayList<>();
    for (String a : args) {
      sizes.add(Long.parseLong(a));
    }
    new IngestBenchmark().run(sizes.isEmpty() ? List.of(10_000L, 100_000L, 1_000_000L) : sizes);
  }

  private void run(List<Long> sizes) throws Exception {
    String kept = System.getProperty("winnow.bench.index");
    Path index = kept != null ? Path.of(kept) : Files.createTempDirectory("winnow-ingest");
    List<FeedSource> feeds = new ArrayList<>();
    for (int o = 0; o < SyntheticNews.OUTLETS; o++) {
      feeds.add(FeedSource.of("Outlet " + o, MemoryWeb.feedOf(o), "news"));
    }
    WinnowConfig config =
        new WinnowConfig(
            feeds, FetchSettings.DEFAULTS, PollSettings.DEFAULTS, ClusterSettings.DEFAULTS);
    System.out.printf(
        "%9s %9s %9s %8s %8s %8s %8s %8s %8s%n",
        "stored",
        "art/s",
        "per CPU s",
        "parse",
        "extract",
        "analyze",
        "cluster",
        "store",
        "heap MB");
    double firstCluster = Double.NaN;
    double lastCluster = Double.NaN;
    try (StoreWriter store = Stores.openForWriting(index)) {
      for (long size : sizes) {
        long t0 = System.nanoTime();
        long stored = news.grow(store, size);
        System.err.printf("grew to %d in %.0f s%n", stored, (System.nanoTime() - t0) / 1e9);
        Pipeline pipeline =
            new Pipeline(config, store, () -> now, new PollMetrics(store.reader()), web);
        for (int p = 0; p < WARMUP_PASSES; p++) {
          pass(pipeline, feeds);
        }
        double[] before = millisByStage(pipeline.stageTimes());
        long cpu0 = cpuNanos();
        long wall0 = System.nanoTime();
        int ingested = 0;
        for (int p = 0; p < MEASURED_PASSES; p++) {
          ingested += pass(pipeline, feeds);
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        double[] after = millisByStage(pipeline.stageTimes());
        double[] perArticle = new double[after.length];
        for (int s = 0; s < after.length; s++) {
          perArticle[s] = (after[s] - before[s]) / ingested;
        }
        System.gc();
        long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        System.out.printf(
            Locale.ROOT,
            "%9d %9.0f %9.0f %8.2f %8.2f %8.2f %8.2f %8.2f %8d%n",
            stored,
            ingested / wall,
            ingested / cpu,
            perArticle[0],
            perArticle[1],
            perArticle[2],
            perArticle[3],
            perArticle[4],
            heap);
        lastCluster = perArticle[Stage.CLUSTER.ordinal()];
        firstCluster = Double.isNaN(firstCluster) ? lastCluster : firstCluster;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "cluster ms/article at the largest size / at the smallest: %.2f%n",
        lastCluster / firstCluster);
  }

  /** Publishes the stream's next {@value #PER_PASS} articles and polls every feed once. */
  private int pass(Pipeline pipeline, List<FeedSource> feeds) throws Exception {
    List<Article> fresh = new ArrayList<>();
    for (int i = 0; i < PER_PASS; i++) {
      fresh.add(news.next());
    }
    listed.add(fresh);
    if (listed.size() > 2) {
      web.forget(listed.remove(0));
    }
    for (int o = 0; o < SyntheticNews.OUTLETS; o++) {
      List<Article> items = new ArrayList<>();
      for (List<Article> batch : listed) {
        for (Article a : batch) {
          if (a.outlet().equals("Outlet " + o)) {
            items.add(a);
          }
        }
      }
      web.publish(o, items);
    }
    now = fresh.get(fresh.size() - 1).published().plus(Duration.ofMinutes(1));
    int stored = 0;
    for (FeedOutcome outcome : pipeline.pollOnce(feeds)) {
      if (outcome.failed()) {
        throw new IllegalStateException(outcome.describe());
      }
      stored += outcome.newArticles();
    }
    if (stored != PER_PASS) {
      System.err.printf("a pass stored %d of %d new articles%n", stored, PER_PASS);
    }
    return stored;
  }

  private static double[] millisByStage(StageTimes times) {
    double[] millis = new double[Stage.values().length];
    for (Stage s : Stage.values()) {
      millis[s.ordinal()] = times.total(s).toNanos() / 1e6;
    }
    return millis;
  }

  private static long cpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
