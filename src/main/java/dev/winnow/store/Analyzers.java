package dev.winnow.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one place analyzers are declared. A SolrCloud schema would declare the same chain (standard
 * tokenizer, English possessives, lower case, English stop words, Porter stemming) for the same
 * fields.
 */
final class Analyzers {
  static final int SIGNATURE_BUCKETS = 64;

  /** Five-word shingles: long enough that two different texts rarely share one by chance. */
  private static final int SHINGLE_WORDS = 5;

  private Analyzers() {}

  /** For titles, bodies and search queries alike, so query terms match indexed terms. */
  static Analyzer text() {
    return new EnglishAnalyzer();
  }

  /**
   * A text's near-copy signature: its lower-cased five-word shingles, MinHashed (one hash, one
   * minimum per bucket, empty buckets filled by rotation so every text yields one value a bucket,
   * in bucket order).
   */
  static Analyzer signature() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer words = new StandardTokenizer();
        ShingleFilter shingles =
            new ShingleFilter(new LowerCaseFilter(words), SHINGLE_WORDS, SHINGLE_WORDS);
        shingles.setOutputUnigrams(false);
        return new TokenStreamComponents(
            words, new MinHashFilter(shingles, 1, SIGNATURE_BUCKETS, 1, true));
      }
    };
  }
}
