package dev.winnow.cluster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Term weights on one scale for new and stored articles and for story centroids: counts times the
 * inverse document frequency of {@link DocumentFrequencies}; and the terms a same-event search asks
 * the index for.
 */
final class TermWeights {
  /** Above this many articles, very common terms stop being query terms (DESIGN: ~2 ms/query). */
  private static final int LARGE_INDEX = 10_000;

  private static final int MAX_QUERY_TERM_DOCS = 5_000;

  private static final int QUERY_TERMS = 40;

  /** Weighed stored candidates kept until the frequencies change: ~8 KB each, ~16 MB at most. */
  private static final int KEPT_CANDIDATES = 2_000;

  private final DocumentFrequencies frequencies;

  /**
   * By article and story: the same stored articles are candidates for many articles between two
   * refreshes, and weighing them again gave the same weights. Only the writer's thread uses it.
   */
  private final Map<String, Candidate> weighedCandidates =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Candidate> eldest) {
          return size() > KEPT_CANDIDATES;
        }
      };

  private long weighedAt = -1;

  TermWeights(DocumentFrequencies frequencies) {
    this.frequencies = frequencies;
  }

  /**
   * The article's most telling terms, any of which a candidate must have: Lucene's MoreLikeThis
   * selection (raw tf times classic idf, terms in at least one article, the top 40).
   */
  List<String> queryTerms(Map<String, Integer> tf) {
    int docs = frequencies.articles();
    int maxDocFreq = maxQueryTermDocs();
    Map<String, Double> scores = new HashMap<>();
    frequencies.forEach(
        TermField.TEXT,
        tf,
        (term, n, d) -> {
          if (d >= 1 && d <= maxDocFreq) {
            scores.put(term, n * (1 + Math.log((docs + 1) / (d + 1.0))));
          }
        });
    return scores.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(QUERY_TERMS)
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * The article's terms that are not too common to be query terms, known to the index or not: what
   * an article not yet searchable must share to be a candidate.
   */
  Set<String> uncommonTerms(Map<String, Integer> tf) {
    int maxDocFreq = maxQueryTermDocs();
    Set<String> uncommon = new HashSet<>();
    frequencies.forEach(
        TermField.TEXT,
        tf,
        (term, n, d) -> {
          if (d <= maxDocFreq) {
            uncommon.add(term);
          }
        });
    return uncommon;
  }

  /**
   * Common terms are no evidence of one event and their postings are what a query over a large
   * index pays for: cap them at 5 % of the index, and at an absolute count, so the query costs the
   * same at 1M articles as at 100k (the time window holds as many either way).
   */
  private int maxQueryTermDocs() {
    int docs = frequencies.articles();
    return docs > LARGE_INDEX
        ? (int) Math.min(docs * 0.05, MAX_QUERY_TERM_DOCS)
        : Integer.MAX_VALUE;
  }

  /** Sublinear tf times BM25-style idf: frequent words in one text don't drown rarer names. */
  Map<String, Double> weighed(TermField field, Map<String, Integer> tf) {
    int docs = Math.max(1, frequencies.articles());
    Map<String, Double> weights = new HashMap<>(tf.size() * 2);
    frequencies.forEach(field, tf, (t, n, df) -> weights.put(t, (1 + Math.log(n)) * idf(df, docs)));
    return weights;
  }

  /** A story centroid's summed sublinear counts times the current idf. */
  Map<String, Double> weighedCounts(TermField field, Map<String, Double> counts) {
    int docs = Math.max(1, frequencies.articles());
    Map<String, Double> weights = new HashMap<>(counts.size() * 2);
    frequencies.forEach(field, counts, (t, n, df) -> weights.put(t, n * idf(df, docs)));
    return weights;
  }

  /** The new article weighed as the index would weigh it (it need not be in the index yet). */
  Candidate candidateOf(AnalyzedArticle a, String storyId) {
    Article article = a.article();
    return new Candidate(
        article.id(),
        storyId,
        article.outlet(),
        article.published(),
        weighed(TermField.TITLE, a.titleTf()),
        weighed(TermField.TEXT, a.textTf()),
        weighed(TermField.TEXT, a.namesTf()),
        a.signature());
  }

  /** A stored article weighed with the current frequencies. */
  Candidate candidateOf(IndexedArticle a) {
    if (weighedAt != frequencies.generation()) {
      weighedCandidates.clear();
      weighedAt = frequencies.generation();
    }
    return weighedCandidates.computeIfAbsent(
        a.articleId() + '\u0000' + a.storyId(), k -> weighedNow(a));
  }

  private Candidate weighedNow(IndexedArticle a) {
    return new Candidate(
        a.articleId(),
        a.storyId(),
        a.outlet(),
        a.published(),
        weighed(TermField.TITLE, a.titleTf()),
        weighed(TermField.TEXT, a.textTf()),
        weighed(TermField.TEXT, a.namesTf()),
        a.signature());
  }

  /** BM25-style idf over {@code docs} searchable articles. */
  private static double idf(int df, int docs) {
    return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  }
}
