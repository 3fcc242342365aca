package dev.winnow.cluster;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;

/**
 * An article already in the index that may report the same event as a new one.
 *
 * @param titleTerms TF-IDF weights of the title's terms
 * @param bodyTerms TF-IDF weights of the terms of title, summary and body together
 * @param signature the MinHash signature of its text's shingles, to recognise a near-copy
 */
public record Candidate(
    String articleId,
    String storyId,
    String outlet,
    Instant published,
    Map<String, Double> titleTerms,
    Map<String, Double> bodyTerms,
    TextSignature signature,
    double titleNorm,
    double bodyNorm)
    implements TermVectors {

  /** The weights are the caller's to give away: they are wrapped, not copied. */
  public Candidate {
    titleTerms = Collections.unmodifiableMap(titleTerms);
    bodyTerms = Collections.unmodifiableMap(bodyTerms);
  }

  public Candidate(
      String articleId,
      String storyId,
      String outlet,
      Instant published,
      Map<String, Double> titleTerms,
      Map<String, Double> bodyTerms,
      TextSignature signature) {
    this(
        articleId,
        storyId,
        outlet,
        published,
        titleTerms,
        bodyTerms,
        signature,
        Similarity.norm(titleTerms),
        Similarity.norm(bodyTerms));
  }

  /** The same article after its story was merged into another. */
  public Candidate inStory(String id) {
    return new Candidate(
        articleId, id, outlet, published, titleTerms, bodyTerms, signature, titleNorm, bodyNorm);
  }
}
