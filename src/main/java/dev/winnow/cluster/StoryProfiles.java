package dev.winnow.cluster;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stories as the clusterer compares against them: centroids weighed with the index's current
 * document frequencies. Each article consults a dozen or more stories, and the next report of the
 * same event consults the same ones, so a profile is kept until its story changes, stories merge,
 * or the searcher refreshes (which changes the frequencies); until then it is exactly what weighing
 * again would give.
 */
final class StoryProfiles {
  /** About 30 KB a profile (a few hundred weighed terms): ~15 MB at most. */
  private static final int KEPT = 500;

  private static final int STORY_QUERY_TERMS = 20;

  private final ClusterIndex index;
  private final RecentArticles recent;
  private final TermWeights weights;

  /**
   * By the id asked for, which may be a merged-away name of the profile's story. Maintenance runs
   * on the writer's thread, so which profiles are kept does not depend on a background pool.
   */
  private final Cache<String, Optional<StoryProfile>> kept =
      Caffeine.newBuilder().maximumSize(KEPT).executor(Runnable::run).build();

  /**
   * The merged-away names each kept profile was asked by, so a change forgets those too without
   * scanning every profile kept (it ran for every article).
   */
  private final Map<String, Set<String>> askedAs = new HashMap<>();

  StoryProfiles(ClusterIndex index, RecentArticles recent, TermWeights weights) {
    this.index = index;
    this.recent = recent;
    this.weights = weights;
  }

  Optional<StoryProfile> of(String storyId) {
    Optional<StoryProfile> known = kept.getIfPresent(storyId);
    if (known == null) {
      known = recent.stateOf(storyId).map(this::weighed);
      kept.put(storyId, known);
      known
          .filter(p -> !p.storyId().equals(storyId))
          .ifPresent(p -> askedAs.computeIfAbsent(p.storyId(), k -> new HashSet<>()).add(storyId));
    }
    return known;
  }

  /**
   * Stories of more than one article first published within [from, to] whose key terms include one
   * of this story's strongest terms: searchable ones from the index, the rest from the recent ones.
   */
  List<StoryProfile> like(StoryProfile story, Instant from, Instant to, int limit) {
    Set<String> terms = story.strongestTerms(STORY_QUERY_TERMS);
    Map<String, StoryProfile> found = new LinkedHashMap<>();
    for (String id : index.storiesWithAnyKeyTerm(terms, from, to, limit + 1)) {
      of(id).ifPresent(p -> found.putIfAbsent(p.storyId(), p));
    }
    for (String id : recent.storiesWithKeyTerms(terms, from, to)) {
      of(id).ifPresent(p -> found.putIfAbsent(p.storyId(), p));
    }
    found.remove(story.storyId());
    return List.copyOf(found.values());
  }

  /** The story (under any of its names) changed: its profile is weighed again when next asked. */
  void changed(String storyId) {
    kept.invalidate(storyId);
    Set<String> aliases = askedAs.remove(storyId);
    if (aliases != null) {
      kept.invalidateAll(aliases);
    }
  }

  /** The frequencies changed, or stories merged: every profile is weighed again. */
  void forget() {
    kept.invalidateAll();
    askedAs.clear();
  }

  private StoryProfile weighed(StoryState state) {
    Story story = state.story();
    return new StoryProfile(
        story.id(),
        weights.weighedCounts(TermField.TITLE, state.centroid().title()),
        weights.weighedCounts(TermField.TEXT, state.centroid().body()),
        weights.weighedCounts(TermField.TEXT, state.centroid().names()),
        story.articleCount(),
        story.published(),
        story.updated());
  }
}
