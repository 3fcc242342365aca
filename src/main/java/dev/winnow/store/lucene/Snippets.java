package dev.winnow.store.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * A search hit's passage with the matching words marked, by Lucene's highlighter: the stored text
 * is analyzed as the index analyzed it, so a stemmed match ("premieres" for "premiere") is marked
 * too. Everything but the marks is HTML-escaped.
 */
final class Snippets {
  private static final int FRAGMENT_CHARS = 200;

  /** Only the start of a long article is read for its passage: the cost of a hit stays bounded. */
  private static final int ANALYZED_CHARS = 20_000;

  private final Analyzer analyzer;
  private final Query query;

  Snippets(Analyzer analyzer, Query query) {
    this.analyzer = analyzer;
    this.query = query;
  }

  /** The best passage of the body, else the marked title, else the escaped summary's start. */
  String of(String title, String summary, String text) {
    String body = text == null || text.isBlank() ? summary : text;
    String passage = best(Fields.ALL_TEXT, body);
    if (passage == null) {
      passage = best(Fields.TITLE, title);
    }
    if (passage == null) {
      String start = summary == null ? "" : summary;
      passage =
          new SimpleHTMLEncoder()
              .encodeText(start.substring(0, Math.min(start.length(), FRAGMENT_CHARS)));
    }
    return passage;
  }

  private String best(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    QueryScorer scorer = new QueryScorer(query, field);
    Highlighter highlighter =
        new Highlighter(
            new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
    highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
    highlighter.setMaxDocCharsToAnalyze(ANALYZED_CHARS);
    try {
      String fragment = highlighter.getBestFragment(analyzer, field, text);
      return fragment == null ? null : fragment.strip();
    } catch (IOException | InvalidTokenOffsetsException e) {
      return null; // a passage is a courtesy: the hit stands without one
    }
  }
}
