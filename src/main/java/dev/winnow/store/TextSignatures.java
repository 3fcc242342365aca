package dev.winnow.store;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.TextSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * Signatures of article texts, computed with Lucene's MinHashFilter over word shingles (see {@link
 * Analyzers#signature()}), and their stored form.
 */
final class TextSignatures {
  /**
   * Fewer words than this make too few shingles for their overlap to mean "the same text": a
   * headline or a two-line summary is compared by its words alone.
   */
  private static final int MIN_WORDS = 40;

  private static final Analyzer SIGNATURE = Analyzers.signature();

  private TextSignatures() {}

  /** The signature of the article's body text, or of its summary when it has no text. */
  static TextSignature of(Article article) {
    String text = article.text().isBlank() ? article.summary() : article.text();
    if (text.split("\\s+", MIN_WORDS + 1).length <= MIN_WORDS) {
      return TextSignature.NONE;
    }
    int[] hashes = new int[Analyzers.SIGNATURE_BUCKETS];
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

  static BytesRef encode(TextSignature signature) {
    ByteBuffer bytes = ByteBuffer.allocate(signature.minHashes().length * Integer.BYTES);
    for (int h : signature.minHashes()) {
      bytes.putInt(h);
    }
    return new BytesRef(bytes.array());
  }

  static TextSignature decode(BytesRef stored) {
    if (stored == null || stored.length % Integer.BYTES != 0) {
      return TextSignature.NONE;
    }
    ByteBuffer bytes = ByteBuffer.wrap(stored.bytes, stored.offset, stored.length);
    int[] hashes = new int[stored.length / Integer.BYTES];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = bytes.getInt();
    }
    return new TextSignature(hashes);
  }
}
