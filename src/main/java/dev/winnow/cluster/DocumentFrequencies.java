package dev.winnow.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a document frequency means, defined once: how many live searchable articles have the term.
 * An article a story merge rewrites replaces itself and counts once; a deleted one counts not at
 * all. The store answers that for terms not yet known ({@link ClusterIndex#documentFrequencies});
 * the counts are then kept from one refresh to the next, and the articles each refresh makes
 * searchable are counted in, because asking the index again after every refresh made clustering
 * slower as the index grew. Only the writer's thread uses it.
 */
final class DocumentFrequencies {
  /**
   * Per field; past this the counts start over, so the heap stays bounded (~25 MB a field). A plain
   * map, not a Caffeine cache: it is read some ten thousand times an article, and a concurrent
   * cache's bookkeeping was a third of clustering's time.
   */
  private static final int MAX_TERMS = 200_000;

  private final ClusterIndex index;
  private final Map<TermField, Map<String, Integer>> byField = new EnumMap<>(TermField.class);
  private int articles = -1;
  private long generation;

  DocumentFrequencies(ClusterIndex index) {
    this.index = index;
  }

  /** How many searchable articles there are, as the counts see them. */
  int articles() {
    if (articles < 0) {
      articles = index.articleCount();
    }
    return articles;
  }

  /** Changes whenever a count may have: what was weighed with an older generation is stale. */
  long generation() {
    return generation;
  }

  /** What to do with one term of a map, its value there and its document frequency. */
  interface CountUse<V> {
    void accept(String term, V value, int documentFrequency);
  }

  /**
   * Gives every term of {@code terms} with its count (0 for a term no article has), asking the
   * index once for the terms not known yet: one lookup a known term, as weighing runs thousands of
   * times an article.
   */
  <V> void forEach(TermField field, Map<String, V> terms, CountUse<V> use) {
    Map<String, Integer> counts = byField.computeIfAbsent(field, f -> new HashMap<>());
    List<String> unknown = null;
    for (Map.Entry<String, V> e : terms.entrySet()) {
      Integer n = counts.get(e.getKey());
      if (n != null) {
        use.accept(e.getKey(), e.getValue(), n);
      } else {
        if (unknown == null) {
          unknown = new ArrayList<>();
        }
        unknown.add(e.getKey());
      }
    }
    if (unknown == null) {
      return;
    }
    if (counts.size() + unknown.size() > MAX_TERMS) {
      counts.clear();
    }
    Map<String, Integer> asked = index.documentFrequencies(field, unknown);
    for (String t : unknown) {
      int n = asked.getOrDefault(t, 0);
      counts.put(t, n);
      use.accept(t, terms.get(t), n);
    }
  }

  /** The articles the store's last refresh made searchable: each new one counts once a term. */
  void madeSearchable(Collection<AnalyzedArticle> added) {
    for (AnalyzedArticle a : added) {
      for (TermField field : TermField.values()) {
        Map<String, Integer> counts = byField.get(field);
        if (counts != null) {
          a.termCounts(field).keySet().forEach(t -> counts.computeIfPresent(t, (k, n) -> n + 1));
        }
      }
    }
    articles = -1; // asked again: one count, and exact whatever the refresh also rewrote
    generation++;
  }

  /** Forgets every count: the index changed in a way the counts cannot follow. */
  void clear() {
    byField.clear();
    articles = -1;
    generation++;
  }
}
