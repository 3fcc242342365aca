package dev.winnow.bench;

import dev.winnow.config.SolrSettings;
import dev.winnow.config.StoreSettings;
import dev.winnow.store.SearchQuery;
import dev.winnow.store.StoreReader;
import dev.winnow.store.Stores;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Search latency in one process (a benchmark, not a test): the same queries against an embedded
 * index and a SolrCloud collection holding the same articles, each after 50 warm-up queries.
 *
 * <p>Usage: bench/run SearchLatencyBenchmark INDEX_DIR ZK_HOST COLLECTION QUERY...
 */
public final class SearchLatencyBenchmark {
  private static final int WARMUP = 50;
  private static final int MEASURED = 200;

  private SearchLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> queries = Arrays.asList(args).subList(3, args.length);
    StoreSettings solr =
        new StoreSettings(Optional.of(SolrSettings.parse(args[1], args[2], null, null)));
    try (StoreReader embedded = Stores.openReadOnly(Path.of(args[0]));
        StoreReader cloud = Stores.openReadOnly(Path.of(args[0]), solr)) {
      report("embedded", embedded, queries);
      report("solr", cloud, queries);
    }
  }

  private static void report(String name, StoreReader store, List<String> queries)
      throws Exception {
    for (int i = 0; i < WARMUP; i++) {
      store.search(SearchQuery.parse(queries.get(i % queries.size()), null, null, 20));
    }
    long[] micros = new long[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long t = System.nanoTime();
      store.search(SearchQuery.parse(queries.get(i % queries.size()), null, null, 20));
      micros[i] = (System.nanoTime() - t) / 1_000;
    }
    Arrays.sort(micros);
    System.out.printf(
        Locale.ROOT,
        "%-9s p50 %.2f ms  p95 %.2f ms  (%d queries)%n",
        name,
        micros[MEASURED / 2] / 1e3,
        micros[MEASURED * 95 / 100] / 1e3,
        MEASURED);
  }
}
