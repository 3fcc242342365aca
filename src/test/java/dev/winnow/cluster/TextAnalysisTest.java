package dev.winnow.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {
  private static final String TEXT =
      "The star's lawyers said on Tuesday that they were NOT settling: \"It is "
          + "an absurd claim,\" Reggie Lowell's spokeswoman told reporters in Los Angeles. "
          + "Rehearsals, premieres and 3.5-million-dollar deals; e-mail sent@example.com, "
          + "naïve café owners and the 2026 season's running backs were mentioned too.";

  @Test
  void theDeclaredChainAnalyzesAsEnglishAnalyzerDoes() throws IOException {
    try (Analyzer english = new EnglishAnalyzer()) {
      List<String> expected = tokens(english, TEXT);
      assertEquals(expected, tokens(TextAnalysis.textAnalyzer(), TEXT));
      assertEquals(List.of("star", "lawyer", "said"), expected.subList(0, 3));
    }
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    }
    return out;
  }
}
