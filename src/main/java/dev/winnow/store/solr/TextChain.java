package dev.winnow.store.solr;

import dev.winnow.cluster.TextAnalysis;
import java.util.List;

/**
 * winnow's text chain ({@link TextAnalysis#TEXT_CHAIN}, declared once) as a Solr schema's analyzer:
 * Solr 9 names tokenizers and filters by the same SPI names Lucene's CustomAnalyzer takes, so the
 * collection analyzes exactly as the clusterer does.
 */
final class TextChain {
  private static final String PLACEHOLDER = "<!-- CHAIN -->";

  private TextChain() {}

  static String intoSchema(String schema) {
    if (!schema.contains(PLACEHOLDER)) {
      throw new IllegalStateException("schema.xml has no " + PLACEHOLDER + " to fill");
    }
    return schema.replace(PLACEHOLDER, analyzerXml(TextAnalysis.TEXT_CHAIN));
  }

  static String analyzerXml(List<String> chain) {
    StringBuilder xml = new StringBuilder("<tokenizer name=\"" + chain.get(0) + "\"/>");
    for (String filter : chain.subList(1, chain.size())) {
      xml.append("\n      <filter name=\"").append(filter).append("\"/>");
    }
    return xml.toString();
  }
}
