package dev.winnow.cluster;

import java.util.Map;

/**
 * TF-IDF weights of a title, of a whole text and of the participants named in title and lead, with
 * their Euclidean norms: an article is compared with forty candidates and a dozen stories, so each
 * norm is computed once.
 */
interface TermVectors {
  Map<String, Double> nameTerms();

  double nameNorm();

  Map<String, Double> titleTerms();

  Map<String, Double> bodyTerms();

  double titleNorm();

  double bodyNorm();
}
