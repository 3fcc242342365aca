package dev.winnow.cluster;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A story as the clusterer compares against it: the TF-IDF weights of its members' terms summed (a
 * centroid), so a new article is measured against everything the story has said, not against one
 * member; and the span of its members' published times.
 */
public record StoryProfile(
    String storyId,
    Map<String, Double> titleTerms,
    Map<String, Double> bodyTerms,
    Map<String, Double> nameTerms,
    int size,
    Instant first,
    Instant last,
    double titleNorm,
    double bodyNorm,
    double nameNorm)
    implements TermVectors {

  /** The weights are the caller's to give away: they are wrapped, not copied. */
  public StoryProfile {
    titleTerms = Collections.unmodifiableMap(titleTerms);
    bodyTerms = Collections.unmodifiableMap(bodyTerms);
    nameTerms = Collections.unmodifiableMap(nameTerms);
  }

  public StoryProfile(
      String storyId,
      Map<String, Double> titleTerms,
      Map<String, Double> bodyTerms,
      Map<String, Double> nameTerms,
      int size,
      Instant first,
      Instant last) {
    this(
        storyId,
        titleTerms,
        bodyTerms,
        nameTerms,
        size,
        first,
        last,
        Similarity.norm(titleTerms),
        Similarity.norm(bodyTerms),
        Similarity.norm(nameTerms));
  }

  /** The heaviest terms of title and text together: what the story is about. */
  public Set<String> strongestTerms(int limit) {
    Map<String, Double> all = new HashMap<>(bodyTerms);
    titleTerms.forEach((t, w) -> all.merge(t, w, Math::max));
    return all.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(limit)
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
