package dev.winnow.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The one place analyzers are declared. A SolrCloud schema would declare the same chain (standard
 * tokenizer, English possessives, lower case, English stop words, Porter stemming) for the same
 * fields.
 */
final class Analyzers {
  private Analyzers() {}

  /** For titles, bodies and search queries alike, so query terms match indexed terms. */
  static Analyzer text() {
    return new EnglishAnalyzer();
  }
}
