package dev.winnow.bench;

import dev.winnow.cluster.AnalyzedArticle;
import dev.winnow.cluster.Article;
import dev.winnow.cluster.ArticleIds;
import dev.winnow.cluster.Assignment;
import dev.winnow.cluster.ClusteredArticle;
import dev.winnow.cluster.Decision;
import dev.winnow.cluster.StoryClusterer;
import dev.winnow.cluster.StoryDesk;
import dev.winnow.cluster.StoryState;
import dev.winnow.cluster.TextAnalysis;
import dev.winnow.config.ClusterSettings;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.Stores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Clustering cost as the index grows (a benchmark, not a test). Synthetic events, each reported by
 * 1 to 8 articles that share event words and a few of a large pool of names, arrive at a steady
 * rate (5,000 articles a day); the index is grown to each size by storing them directly, then the
 * time to cluster and store 300 further articles is measured there, after 100 more that warm the
 * JIT up.
 *
 * <p>Usage: bench/run ClusteringCostBenchmark [SIZES...] (default 10000 100000 1000000); run with
 * -Xmx512m to hold the heap to the budget. Growing to 1M takes 15 to 25 minutes: with
 * -Dwinnow.bench.index=DIR the index is kept in DIR and a later run continues from what DIR holds
 * (the stream is deterministic, so it is replayed up to there without storing).
 */
public final class ClusteringCostBenchmark {
  private static final int PER_DAY = 5_000;
  private static final int MEASURED = 300;

  /**
   * Clustered first and not measured, so the JIT has compiled the clustering path at every size.
   */
  private static final int WARMUP = Integer.getInteger("winnow.bench.warmup", 100);

  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  private final Random random = new Random(42);
  private final List<String> words = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private long sequence;
  private List<String> eventWords = List.of();
  private int eventLeft;

  private ClusteringCostBenchmark() {
    for (int i = 0; i < 40_000; i++) {
      words.add(syllables(2 + i % 3));
    }
    for (int i = 0; i < 8_000; i++) {
      names.add(capitalized(syllables(2)) + " " + capitalized(syllables(3)));
    }
  }

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
      long stored = store.reader().articleCount();
      for (long i = 0; i < stored; i++) {
        next();
      }
      System.out.printf(
          "%10s %12s %12s %12s %10s%n", "articles", "mean ms", "p50 ms", "p95 ms", "heap MB");
      for (int size : sizes) {
        long t0 = System.nanoTime();
        for (; stored < size; stored++) {
          store.add(startingItsOwnStory(next()));
          if (stored % 20_000 == 19_999) {
            store.commit();
          }
        }
        store.commit();
        desk.published();
        System.err.printf("grew to %d in %.0f s%n", size, (System.nanoTime() - t0) / 1e9);
        clusterAndStore(store, desk, timed, WARMUP);
        timed.report(WARMUP);
        List<Double> millis = clusterAndStore(store, desk, timed, MEASURED);
        stored += WARMUP + MEASURED;
        store.commit();
        desk.published();
        System.gc();
        long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        System.out.printf(
            Locale.ROOT,
            "%10d %12.2f %12.2f %12.2f %10d%n",
            stored - MEASURED - WARMUP,
            mean(millis),
            percentile(millis, 50),
            percentile(millis, 95),
            heap);
        System.err.println(timed.report(MEASURED));
      }
    }
  }

  /** Grows the index without clustering: each article is its own story. */
  private static ClusteredArticle startingItsOwnStory(Article a) {
    AnalyzedArticle analyzed = TextAnalysis.analyze(a);
    String id = StoryClusterer.storyIdFor(a);
    return new ClusteredArticle(
        analyzed,
        new Assignment(id, true, 0, List.of()),
        List.of(),
        StoryState.started(analyzed, id));
  }

  /**
   * Clusters and stores the next {@code count} articles, made searchable every 250 as a poll does;
   * the milliseconds each took.
   */
  private List<Double> clusterAndStore(
      StoreWriter store, StoryDesk desk, TimedClusterIndex timed, int count) throws IOException {
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Article a = next();
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

  /** The next article of the stream: a new event every so often, else another report of one. */
  private Article next() {
    if (eventLeft == 0) {
      eventLeft = 1 + random.nextInt(8);
      List<String> ew = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        ew.add(words.get(zipf(words.size())));
      }
      ew.add(names.get(random.nextInt(names.size())));
      ew.add(names.get(random.nextInt(names.size())));
      eventWords = ew;
    }
    eventLeft--;
    long n = sequence++;
    Instant at = START.plus(Duration.ofMillis(n * 86_400_000L / PER_DAY));
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 4; p++) {
      for (int w = 0; w < 35; w++) {
        boolean eventWord = random.nextInt(3) == 0;
        body.append(
            eventWord
                ? eventWords.get(random.nextInt(eventWords.size()))
                : words.get(zipf(words.size())));
        body.append(w == 34 ? ".\n\n" : " ");
      }
    }
    StringBuilder title = new StringBuilder();
    for (int w = 0; w < 8; w++) {
      title.append(eventWords.get(random.nextInt(eventWords.size()))).append(' ');
    }
    URI url = URI.create("https://outlet" + (n % 50) + ".example/a/" + n);
    return new Article(
        ArticleIds.idOf(url),
        url,
        "Outlet " + (n % 50),
        title.toString().strip(),
        "",
        body.toString().strip(),
        "",
        "",
        "page",
        at,
        at);
  }

  private int zipf(int n) {
    return (int) Math.min(n - 1, Math.floor(Math.pow(n, random.nextDouble())) - 1);
  }

  private String syllables(int count) {
    String[] parts = {"ka", "lo", "mi", "ren", "sa", "tor", "vel", "qui", "dan", "po", "ze", "lin"};
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      s.append(parts[random.nextInt(parts.length)]);
    }
    return s.toString() + random.nextInt(100);
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
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
