package dev.winnow.store;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Document frequencies of title and text terms, kept from one searcher refresh to the next. A
 * terms-dictionary lookup visits every segment, so looking each term up again after every refresh
 * made clustering slower as the index grew; instead the writer, which knows every article a refresh
 * makes searchable, counts their terms in. These are counts of live articles: an article a story
 * merge rewrites replaces itself and is not counted again, while Lucene's own counts include a
 * replaced document until a segment merge drops it. {@link #clear} starts over from the index.
 */
final class DocumentFrequencies {
  /**
   * Per field; past this the counts start over, so the heap stays bounded (~25 MB a field). A plain
   * map, not a Caffeine cache: only the writer's thread reads it, some ten thousand times an
   * article, and a concurrent cache's bookkeeping was a third of clustering's time.
   */
  private static final int MAX_TERMS = 200_000;

  private final Map<String, Map<String, Integer>> byField = new HashMap<>();

  /** How many documents of {@code reader} have the term in the field. */
  int of(IndexReader reader, String field, String term) throws IOException {
    Map<String, Integer> counts = byField.computeIfAbsent(field, f -> new HashMap<>());
    Integer known = counts.get(term);
    if (known != null) {
      return known;
    }
    if (counts.size() >= MAX_TERMS) {
      counts.clear();
    }
    int df = reader.docFreq(new Term(field, term));
    counts.put(term, df);
    return df;
  }

  /** One document the next searcher makes searchable: its distinct terms in the field. */
  void madeSearchable(String field, Collection<String> terms) {
    countIn(field, terms);
  }

  private void countIn(String field, Collection<String> terms) {
    Map<String, Integer> counts = byField.get(field);
    if (counts != null) {
      terms.forEach(t -> counts.computeIfPresent(t, (k, n) -> n + 1));
    }
  }

  /** Forgets every count: the index changed in a way the counts cannot follow. */
  void clear() {
    byField.clear();
  }
}
