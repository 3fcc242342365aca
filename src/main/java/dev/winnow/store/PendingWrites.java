package dev.winnow.store;

import dev.winnow.cluster.ArticleIds;
import dev.winnow.cluster.Candidate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the writer added since the searcher last refreshed, kept in memory so the clusterer and the
 * seen-checks see it at once: a copy arriving in the same batch as its original is still found.
 * Reads fall through to the index for everything else.
 */
final class PendingWrites {
  private static final int MAX_MERGE_HOPS = 32;

  final Map<String, StoredArticle> articles = new LinkedHashMap<>();
  final List<Candidate> candidates = new ArrayList<>();
  final Map<String, StoryState> stories = new HashMap<>();
  final Set<String> seen = new HashSet<>();
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
    seen.clear();
    merges.clear();
    byText.clear();
  }

  void added(StoredArticle stored) {
    articles.put(stored.article().id(), stored);
    ArticleIds.contentHashOf(stored.article())
        .ifPresent(h -> byText.put(stored.article().outlet() + '\u0000' + h, stored));
  }

  /** The live story an id names, through merges pending here and committed ones. */
  String resolve(String storyId) {
    String id = storyId;
    for (int hops = 0; hops < MAX_MERGE_HOPS; hops++) {
      String next = merges.get(id);
      next = next != null ? next : queries.resolve(id);
      if (next.equals(id)) {
        return id;
      }
      id = next;
    }
    return id;
  }

  Optional<StoryState> stateOf(String storyId) {
    String id = resolve(storyId);
    return Optional.ofNullable(stories.get(id)).or(() -> queries.storyState(id));
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
