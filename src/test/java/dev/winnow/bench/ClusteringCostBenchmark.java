package dev.winnow.bench;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.ClusteredArticle;
import dev.winnow.cluster.Decision;
import dev.winnow.cluster.StoryDesk;
import dev.winnow.config.ClusterSettings;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.Stores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Clustering cost as the index grows, call by call (a benchmark, not a test): {@link SyntheticNews}
 * is clustered straight through the desk, without feeds or pages; the index is grown to each size
 * by storing them directly, then the time to cluster and store 300 further articles is measured
 * there, after 1,000 more that warm the JIT up and fill the document-frequency cache
 * (-Dwinnow.bench.warmup=N for another number).
 *
 * <p>Usage: bench/run ClusteringCostBenchmark [SIZES...] (default 10000 100000 1000000); run with
 * -Xmx512m to hold the heap to the budget. Growing to 1M takes 15 to 25 minutes: with
 * -Dwinnow.bench.index=DIR the index is kept in DIR and a later run continues from what DIR holds
 * (the stream is deterministic, so it is replayed up to there without storing).
 */
public final class ClusteringCostBenchmark {
  private static final int MEASURED = 300;

  /**
   * Clustered first and not measured, so the JIT has compiled the clustering path at every size.
   */
  private static final int WARMUP = Integer.getInteger("winnow.bench.warmup", 1_000);

  private final SyntheticNews news = new SyntheticNews();

  private ClusteringCostBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (String a : args) {
      sizes.add(Integer.parseInt(a));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(10_000, 100_000, 1_000_000);
    }
    new ClusteringCostBenchmark().run(sizes);
  }

  private void run(List<Integer> sizes) throws Exception {
    String kept = System.getProperty("winnow.bench.index");
    Path index = kept != null ? Path.of(kept) : Files.createTempDirectory("winnow-cost");
    try (StoreWriter store = Stores.openForWriting(index)) {
      TimedClusterIndex timed = new TimedClusterIndex(store.clusterIndex());
      StoryDesk desk = new StoryDesk(timed, ClusterSettings.DEFAULTS);
      System.out.printf(
          "%10s %12s %12s %12s %10s%n", "articles", "mean ms", "p50 ms", "p95 ms", "heap MB");
      for (int size : sizes) {
        long t0 = System.nanoTime();
        long stored = news.grow(store, size);
        desk.published();
        System.err.printf("grew to %d in %.0f s%n", stored, (System.nanoTime() - t0) / 1e9);
        clusterAndStore(store, desk, timed, WARMUP);
        timed.report(WARMUP);
        List<Double> millis = clusterAndStore(store, desk, timed, MEASURED);
        store.commit();
        desk.published();
        System.gc();
        long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        System.out.printf(
            Locale.ROOT,
            "%10d %12.2f %12.2f %12.2f %10d%n",
            stored,
            mean(millis),
            percentile(millis, 50),
            percentile(millis, 95),
            heap);
        System.err.println(timed.report(MEASURED));
      }
    }
  }

  /**
   * Clusters and stores the next {@code count} articles, made searchable every 250 as a poll does;
   * the milliseconds each took.
   */
  private List<Double> clusterAndStore(
      StoreWriter store, StoryDesk desk, TimedClusterIndex timed, int count) throws IOException {
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Article a = news.next();
      long s = System.nanoTime();
      Decision decision = desk.decide(a);
      if (decision.isNew()) {
        timed.timed("store.add", () -> add(store, decision.clustered()));
      }
      if (desk.unpublished() >= 250) {
        store.refresh();
        desk.published();
      }
      millis.add((System.nanoTime() - s) / 1e6);
    }
    return millis;
  }

  private static Void add(StoreWriter store, ClusteredArticle clustered) {
    try {
      store.add(clustered);
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  private static double percentile(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
  }
}
