package dev.winnow.cluster;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;

/**
 * An article already in the index that may report the same event as a new one.
 *
 * @param titleTerms TF-IDF weights of the title's terms
 * @param bodyTerms TF-IDF weights of the terms of title, summary and body together
 * @param nameTerms TF-IDF weights of the participants named in its title and lead
 * @param signature the MinHash signature of its text's shingles, to recognise a near-copy
 */
public record Candidate(
    String articleId,
    String storyId,
    String outlet,
    Instant published,
    Map<String, Double> titleTerms,
    Map<String, Double> bodyTerms,
    Map<String, Double> nameTerms,
    TextSignature signature,
    double titleNorm,
    double bodyNorm,
    double nameNorm)
    implements TermVectors {

  /** The weights are the caller's to give away: they are wrapped, not copied. */
  public Candidate {
    titleTerms = Collections.unmodifiableMap(titleTerms);
    bodyTerms = Collections.unmodifiableMap(bodyTerms);
    nameTerms = Collections.unmodifiableMap(nameTerms);
  }

  public Candidate(
      String articleId,
      String storyId,
      String outlet,
      Instant published,
      Map<String, Double> titleTerms,
      Map<String, Double> bodyTerms,
      Map<String, Double> nameTerms,
      TextSignature signature) {
    this(
        articleId,
        storyId,
        outlet,
        published,
        titleTerms,
        bodyTerms,
        nameTerms,
        signature,
        Similarity.norm(titleTerms),
        Similarity.norm(bodyTerms),
        Similarity.norm(nameTerms));
  }

  /** The same article after its story was merged into another. */
  public Candidate inStory(String id) {
    return new Candidate(
        articleId,
        id,
        outlet,
        published,
        titleTerms,
        bodyTerms,
        nameTerms,
        signature,
        titleNorm,
        bodyNorm,
        nameNorm);
  }
}
