package dev.winnow.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one place text is analyzed, with Lucene's analysis as a library: an article once, into the
 * term counts and signature every later step uses. A store backend indexes and searches with the
 * same chain (standard tokenizer, English possessives, lower case, English stop words, Porter
 * stemming), so its terms are the clusterer's terms.
 */
public final class TextAnalysis {
  static final int SIGNATURE_BUCKETS = 64;

  /** Five-word shingles: long enough that two different texts rarely share one by chance. */
  private static final int SHINGLE_WORDS = 5;

  /**
   * Fewer words than this make too few shingles for their overlap to mean "the same text": a
   * headline or a two-line summary is compared by its words alone.
   */
  private static final int SIGNATURE_MIN_WORDS = 40;

  /**
   * The text chain, declared once by the factories' SPI names, which Lucene's {@link
   * CustomAnalyzer} and a Solr schema's {@code <tokenizer name=…>}/{@code <filter name=…>} both
   * understand: a store backend that analyzes on its own (Solr) is given exactly this. The first is
   * the tokenizer. It is EnglishAnalyzer's chain; the stop filter's default words are its 33
   * English stop words.
   */
  public static final List<String> TEXT_CHAIN =
      List.of("standard", "englishPossessive", "lowercase", "stop", "porterStem");

  /** Analyzers are thread-safe: each thread reuses its own token streams. */
  private static final Analyzer TEXT = chainAnalyzer(TEXT_CHAIN);

  private static final Analyzer SIGNATURE = signatureAnalyzer();

  private TextAnalysis() {}

  private static Analyzer chainAnalyzer(List<String> chain) {
    try {
      CustomAnalyzer.Builder builder = CustomAnalyzer.builder().withTokenizer(chain.get(0));
      for (String filter : chain.subList(1, chain.size())) {
        builder.addTokenFilter(filter);
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("building the text analyzer", e);
    }
  }

  /** For titles, bodies and search queries alike, so query terms match indexed terms. */
  public static Analyzer textAnalyzer() {
    return TEXT;
  }

  /** What the {@link TermField#TEXT} terms are counted in. */
  public static String allText(Article a) {
    return a.title() + "\n\n" + a.summary() + "\n\n" + a.text();
  }

  public static AnalyzedArticle analyze(Article article) {
    return new AnalyzedArticle(
        article,
        termCounts(article.title()),
        termCounts(allText(article)),
        Participants.of(article),
        signatureOf(article),
        ArticleIds.contentHashOf(article).orElse(null));
  }

  /** Who the article is about, for an article stored before participants were (see above). */
  public static Map<String, Integer> participantsOf(Article article) {
    return Participants.of(article);
  }

  static Map<String, Integer> termCounts(String text) {
    Map<String, Integer> tf = new HashMap<>();
    try (TokenStream tokens = TEXT.tokenStream("text", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        tf.merge(term.toString(), 1, Integer::sum);
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing text held in memory", e);
    }
    return tf;
  }

  /** The signature of the article's body text, or of its summary when it has no text. */
  static TextSignature signatureOf(Article article) {
    String text = article.text().isBlank() ? article.summary() : article.text();
    if (text.split("\\s+", SIGNATURE_MIN_WORDS + 1).length <= SIGNATURE_MIN_WORDS) {
      return TextSignature.NONE;
    }
    int[] hashes = new int[SIGNATURE_BUCKETS];
    int n = 0;
    try (TokenStream tokens = SIGNATURE.tokenStream("signature", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken() && n < hashes.length) {
        hashes[n++] = term.toString().hashCode();
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing text held in memory", e);
    }
    return n == hashes.length ? new TextSignature(hashes) : TextSignature.NONE;
  }

  /**
   * A text's near-copy signature: its lower-cased five-word shingles, MinHashed (one hash, one
   * minimum per bucket, empty buckets filled by rotation so every text yields one value a bucket,
   * in bucket order).
   */
  private static Analyzer signatureAnalyzer() {
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
