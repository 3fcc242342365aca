package dev.winnow.store;

import dev.winnow.cluster.ArticleIds;
import dev.winnow.cluster.Candidate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the writer added since the searcher last refreshed, kept in memory so the clusterer and the
 * seen-checks see it at once: a copy arriving in the same batch as its original is still found.
 * Reads fall through to the index for everything else.
 */
final class PendingWrites {
  final Map<String, StoredArticle> articles = new LinkedHashMap<>();
  final List<Candidate> candidates = new ArrayList<>();

  final Map<String, StoryState> stories = new HashMap<>();

  /** The key terms of each pending story of more than one article, to find merge candidates. */
  private final Map<String, Set<String>> storyKeys = new HashMap<>();

  /** Read by poll workers (hasSeen) while the writer thread adds: a concurrent set. */
  final Set<String> seen = ConcurrentHashMap.newKeySet();

  final Map<String, String> merges = new HashMap<>();

  /** Added articles by outlet and body hash, hashed once when added. */
  private final Map<String, StoredArticle> byText = new HashMap<>();

  private final IndexQueries queries;

  PendingWrites(IndexQueries queries) {
    this.queries = queries;
  }

  void clear() {
    articles.clear();
    candidates.clear();
    stories.clear();
    storyKeys.clear();
    seen.clear();
    merges.clear();
    byText.clear();
  }

  void added(StoredArticle stored) {
    articles.put(stored.article().id(), stored);
    ArticleIds.contentHashOf(stored.article())
        .ifPresent(h -> byText.put(stored.article().outlet() + '\u0000' + h, stored));
  }

  /** Keeps the story's new state; returns its key terms, computed once for this and its record. */
  Set<String> putStory(StoryState state) {
    String id = state.story().id();
    Set<String> keys = state.centroid().keyTerms();
    stories.put(id, state);
    if (state.story().articleCount() > 1) {
      storyKeys.put(id, keys);
    }
    return keys;
  }

  void removeStory(String storyId) {
    stories.remove(storyId);
    storyKeys.remove(storyId);
  }

  /** Pending stories of more than one article, first published in [from, to], with a key term. */
  List<String> storiesWithKeyTerms(Set<String> terms, Instant from, Instant to) {
    List<String> ids = new ArrayList<>();
    storyKeys.forEach(
        (id, keys) -> {
          Instant first = stories.get(id).story().published();
          if (!first.isBefore(from)
              && !first.isAfter(to)
              && keys.stream().anyMatch(terms::contains)) {
            ids.add(id);
          }
        });
    return ids;
  }

  /** The live story an id names, through merges pending here and committed ones. */
  String resolve(String storyId) {
    String id = storyId;
    for (int hops = 0; hops < IndexQueries.MAX_MERGE_HOPS; hops++) {
      String next = merges.get(id);
      next = next != null ? next : queries.resolve(id);
      if (next.equals(id)) {
        return id;
      }
      id = next;
    }
    return id;
  }

  /**
   * The live story an id names, pending or committed. Most ids name a live story, so its record is
   * looked for before any merge alias (a merged-away story has no record of its own).
   */
  Optional<StoryState> stateOf(String storyId) {
    StoryState added = stories.get(storyId);
    if (added != null) {
      return Optional.of(added);
    }
    Optional<StoryState> committed =
        merges.containsKey(storyId) ? Optional.empty() : queries.storyRecord(storyId);
    if (committed.isPresent()) {
      return committed;
    }
    String live = resolve(storyId);
    return live.equals(storyId)
        ? Optional.empty()
        : Optional.ofNullable(stories.get(live)).or(() -> queries.storyRecord(live));
  }

  /** A story's articles, committed or pending, as they stand now. */
  List<StoredArticle> articlesIn(String storyId) {
    Map<String, StoredArticle> found = new LinkedHashMap<>();
    for (StoredArticle committed : queries.articlesOf(storyId)) {
      found.put(committed.article().id(), committed);
    }
    for (StoredArticle pending : articles.values()) {
      if (pending.assignment().storyId().equals(storyId)) {
        found.put(pending.article().id(), pending);
      } else {
        found.remove(pending.article().id());
      }
    }
    return List.copyOf(found.values());
  }

  Optional<StoredArticle> articleWithText(String outlet, String contentHash) {
    return Optional.ofNullable(byText.get(outlet + '\u0000' + contentHash))
        .or(() -> queries.articleWithText(outlet, contentHash));
  }

  List<Candidate> candidatesWithin(Instant from, Instant to) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!c.published().isBefore(from) && !c.published().isAfter(to)) {
        out.add(c);
      }
    }
    return out;
  }
}
