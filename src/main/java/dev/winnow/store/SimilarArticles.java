package dev.winnow.store;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.Candidate;
import dev.winnow.cluster.TextSignature;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Same-event candidates: articles with any of the new article's most telling terms (chosen as
 * Lucene's MoreLikeThis chooses them) within a published-time window; and TF-IDF term weights
 * computed with the index's document frequencies, so new and stored articles compare on one scale.
 */
final class SimilarArticles {
  /** Above this many articles, very common terms stop being query terms (DESIGN: ~2 ms/query). */
  private static final int LARGE_INDEX = 10_000;

  private static final int MAX_QUERY_TERM_DOCS = 5_000;

  private static final int QUERY_TERMS = 40;

  /** Only what a candidate needs; the text and HTML fields are the bulk of a stored article. */
  private static final Set<String> CANDIDATE_FIELDS =
      Set.of(Fields.ID, Fields.STORY_ID, Fields.OUTLET, Fields.PUBLISHED, Fields.SIGNATURE);

  private final Analyzer analyzer;
  private final DocumentFrequencies frequencies = new DocumentFrequencies();
  private Article lastArticle;
  private Analyzed lastAnalyzed;

  SimilarArticles(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  List<Candidate> search(
      IndexSearcher searcher, Article article, Instant from, Instant to, int limit)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Query like = likeQuery(reader, analyzed(article).bodyTf());
    if (like == null) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(like, Occur.MUST);
    query.add(IndexQueries.kind(Fields.ARTICLE), Occur.FILTER);
    query.add(
        LongPoint.newRangeQuery(Fields.PUBLISHED, from.toEpochMilli(), to.toEpochMilli()),
        Occur.FILTER);
    // One stored-fields and one term-vectors reader for all hits: each opens inputs per segment.
    StoredFields stored = searcher.storedFields();
    TermVectors vectors = reader.termVectors();
    List<Candidate> out = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
      var terms = vectors.get(hit.doc);
      out.add(
          candidateOf(
              reader,
              stored.document(hit.doc, CANDIDATE_FIELDS),
              terms == null ? null : terms.terms(Fields.TITLE),
              terms == null ? null : terms.terms(Fields.ALL_TEXT)));
    }
    return out;
  }

  /**
   * The article's most telling terms, any of which a candidate must have: Lucene's MoreLikeThis
   * selection (raw tf times classic idf, terms in at least one document, the top 40), with the
   * document frequencies this class keeps across refreshes rather than one index lookup per term.
   */
  private Query likeQuery(IndexReader reader, Map<String, Integer> tf) throws IOException {
    int docs = reader.numDocs();
    // Common terms are no evidence of one event and their postings are what a query over a large
    // index pays for: cap them at 5 % of the index, and at an absolute count, so the query costs
    // the same at 1M articles as at 100k (the time window holds as many either way).
    int maxDocFreq =
        docs > LARGE_INDEX ? (int) Math.min(docs * 0.05, MAX_QUERY_TERM_DOCS) : Integer.MAX_VALUE;
    Map<String, Double> scores = new HashMap<>();
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      int df = frequencies.of(reader, Fields.ALL_TEXT, e.getKey());
      if (df >= 1 && df <= maxDocFreq) {
        scores.put(e.getKey(), e.getValue() * (1 + Math.log((docs + 1) / (df + 1.0))));
      }
    }
    if (scores.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    scores.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(QUERY_TERMS)
        .forEach(e -> any.add(new TermQuery(new Term(Fields.ALL_TEXT, e.getKey())), Occur.SHOULD));
    return any.build();
  }

  private Candidate candidateOf(IndexReader reader, Document doc, Terms title, Terms body)
      throws IOException {
    return new Candidate(
        doc.get(Fields.ID),
        doc.get(Fields.STORY_ID),
        doc.get(Fields.OUTLET),
        Instant.ofEpochMilli(doc.getField(Fields.PUBLISHED).numericValue().longValue()),
        weights(reader, Fields.TITLE, frequencies(title)),
        weights(reader, Fields.ALL_TEXT, frequencies(body)),
        TextSignatures.decode(doc.getBinaryValue(Fields.SIGNATURE)));
  }

  /** The article weighed as the index would weigh it (it need not be in the index yet). */
  Candidate vectorsOf(IndexReader reader, Article article, String storyId) throws IOException {
    Analyzed a = analyzed(article);
    return new Candidate(
        article.id(),
        storyId,
        article.outlet(),
        article.published(),
        weights(reader, Fields.TITLE, a.titleTf()),
        weights(reader, Fields.ALL_TEXT, a.bodyTf()),
        a.signature());
  }

  /** An article's term frequencies (title, full text) as the index analyzes them, and signature. */
  record Analyzed(
      Map<String, Integer> titleTf, Map<String, Integer> bodyTf, TextSignature signature) {
    Analyzed {
      titleTf = Map.copyOf(titleTf);
      bodyTf = Map.copyOf(bodyTf);
    }
  }

  /**
   * The clusterer weighs a new article, searches with it, and the store then adds it: the same
   * article object three times in a row, so the last one analyzed is kept rather than analyzed
   * again.
   */
  Analyzed analyzed(Article article) throws IOException {
    if (article != lastArticle) {
      lastAnalyzed =
          new Analyzed(
              analyze(Fields.TITLE, article.title()),
              analyze(Fields.ALL_TEXT, Fields.allText(article)),
              TextSignatures.of(article));
      lastArticle = article;
    }
    return lastAnalyzed;
  }

  /** A story's centroid counts times the index's current idf. */
  Map<String, Double> weighCounts(IndexReader reader, String field, Map<String, Double> counts)
      throws IOException {
    int docs = Math.max(1, reader.getDocCount(field));
    Map<String, Double> weights = new HashMap<>();
    for (Map.Entry<String, Double> e : counts.entrySet()) {
      weights.put(e.getKey(), e.getValue() * idf(reader, field, e.getKey(), docs));
    }
    return weights;
  }

  /** BM25-style idf. */
  private double idf(IndexReader reader, String field, String term, int docs) throws IOException {
    int df = frequencies.of(reader, field, term);
    return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  }

  /** The articles the next searcher makes searchable: see {@link DocumentFrequencies}. */
  void madeSearchable(Collection<Candidate> added) {
    for (Candidate c : added) {
      frequencies.madeSearchable(Fields.TITLE, c.titleTerms().keySet());
      frequencies.madeSearchable(Fields.ALL_TEXT, c.bodyTerms().keySet());
    }
  }

  /** The index changed beyond additions (everything deleted to be reassigned). */
  void forgetFrequencies() {
    frequencies.clear();
  }

  private Map<String, Integer> analyze(String field, String text) throws IOException {
    Map<String, Integer> tf = new HashMap<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        tf.merge(term.toString(), 1, Integer::sum);
      }
      tokens.end();
    }
    return tf;
  }

  private static Map<String, Integer> frequencies(Terms terms) throws IOException {
    Map<String, Integer> tf = new HashMap<>();
    if (terms == null) {
      return tf;
    }
    TermsEnum it = terms.iterator();
    for (BytesRef term = it.next(); term != null; term = it.next()) {
      tf.put(term.utf8ToString(), (int) it.totalTermFreq());
    }
    return tf;
  }

  /** Sublinear tf times BM25-style idf: frequent words in one text don't drown rarer names. */
  private Map<String, Double> weights(IndexReader reader, String field, Map<String, Integer> tf)
      throws IOException {
    int docs = Math.max(1, reader.getDocCount(field));
    Map<String, Double> weights = new HashMap<>();
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      weights.put(e.getKey(), (1 + Math.log(e.getValue())) * idf(reader, field, e.getKey(), docs));
    }
    return weights;
  }
}
