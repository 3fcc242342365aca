package dev.winnow.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  private final DocumentFrequencies frequencies;

  TermWeights(DocumentFrequencies frequencies) {
    this.frequencies = frequencies;
  }

  /**
   * The article's most telling terms, any of which a candidate must have: Lucene's MoreLikeThis
   * selection (raw tf times classic idf, terms in at least one article, the top 40).
   */
  List<String> queryTerms(Map<String, Integer> tf) {
    int docs = frequencies.articles();
    // Common terms are no evidence of one event and their postings are what a query over a large
    // index pays for: cap them at 5 % of the index, and at an absolute count, so the query costs
    // the same at 1M articles as at 100k (the time window holds as many either way).
    int maxDocFreq =
        docs > LARGE_INDEX ? (int) Math.min(docs * 0.05, MAX_QUERY_TERM_DOCS) : Integer.MAX_VALUE;
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

  Candidate candidateOf(IndexedArticle a) {
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
