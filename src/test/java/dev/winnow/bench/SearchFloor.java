package dev.winnow.bench;

import dev.winnow.store.SearchQuery;
import dev.winnow.store.StoreReader;
import dev.winnow.store.Stores;
import java.nio.file.Path;

/**
 * The floor a search command cannot go below: a JVM that opens the index, runs one query and exits,
 * with no command line, no story lookups and no printing (a benchmark, not a test).
 *
 * <p>Usage: java -XX:+UseSerialGC -cp target/run/winnow.jar:target/test-classes
 * dev.winnow.bench.SearchFloor INDEX QUERY; compare its wall time with {@code ./winnow search QUERY
 * --index INDEX}, alternated.
 */
public final class SearchFloor {
  private SearchFloor() {}

  public static void main(String[] args) throws Exception {
    try (StoreReader store = Stores.openReadOnly(Path.of(args[0]))) {
      int hits = store.search(SearchQuery.parse(args[1], null, null, 200)).size();
      System.out.println(hits + " hits");
    }
  }
}
