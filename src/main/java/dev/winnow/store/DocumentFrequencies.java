package dev.winnow.store;

import dev.winnow.cluster.Candidate;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Document frequencies of title and text terms, as the writer's current searcher counts them, kept
 * from one searcher refresh to the next. A terms-dictionary lookup visits every segment, so looking
 * each term up again after every refresh made clustering slower as the index grew; instead the
 * writer, which knows every article a refresh makes searchable, adds their terms to the counts it
 * holds. Replaced articles (a merge rewrites them) and segment merges dropping deleted documents
 * shift Lucene's own counts by a few documents; {@link #clear} starts over from the index.
 */
final class DocumentFrequencies {
  /** Per field; past this the counts start over, so the heap stays bounded (~25 MB a field). */
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

  /** The articles the next searcher makes searchable, counted in as it will count them. */
  void madeSearchable(Collection<Candidate> added) {
    for (Candidate c : added) {
      countIn(Fields.TITLE, c.titleTerms().keySet());
      countIn(Fields.ALL_TEXT, c.bodyTerms().keySet());
    }
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
