package dev.winnow.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the clusterer decided since the store last made its writes searchable, kept in memory so the
 * next article sees it at once: a copy arriving in the same batch as its original is still found.
 * Everything else falls through to the index. Only the writer's thread uses it.
 */
final class RecentArticles {
  /** Chains of merges are short; the bound only stops a corrupt cycle. */
  private static final int MAX_MERGE_HOPS = 32;

  private final ClusterIndex index;
  private final List<Candidate> candidates = new ArrayList<>();
  private final List<AnalyzedArticle> added = new ArrayList<>();
  private final Set<String> articleIds = new HashSet<>();

  /** Added articles by outlet and body hash. */
  private final Map<String, String> byText = new HashMap<>();

  private final Map<String, StoryState> stories = new HashMap<>();

  /** The key terms of each recent story of more than one article, to find merge candidates. */
  private final Map<String, Set<String>> storyKeys = new HashMap<>();

  private final Map<String, String> merges = new HashMap<>();

  RecentArticles(ClusterIndex index) {
    this.index = index;
  }

  int size() {
    return added.size();
  }

  /** The articles added since the last refresh; then forgets everything, the index has it now. */
  List<AnalyzedArticle> madeSearchable() {
    List<AnalyzedArticle> searchable = List.copyOf(added);
    candidates.clear();
    added.clear();
    articleIds.clear();
    byText.clear();
    stories.clear();
    storyKeys.clear();
    merges.clear();
    return searchable;
  }

  void added(AnalyzedArticle article, Candidate weighed) {
    added.add(article);
    candidates.add(weighed);
    articleIds.add(article.article().id());
    if (article.contentHash() != null) {
      byText.put(
          textKey(article.article().outlet(), article.contentHash()), article.article().id());
    }
  }

  /** The id under which this article or the same outlet's same text is already known, if it is. */
  Optional<String> storedAs(AnalyzedArticle analyzed) {
    Article a = analyzed.article();
    if (articleIds.contains(a.id()) || index.hasArticle(a.id())) {
      return Optional.of(a.id());
    }
    String hash = analyzed.contentHash();
    if (hash == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byText.get(textKey(a.outlet(), hash)))
        .or(() -> index.articleWithText(a.outlet(), hash));
  }

  void putStory(StoryState state) {
    String id = state.story().id();
    stories.put(id, state);
    if (state.story().articleCount() > 1) {
      storyKeys.put(id, state.centroid().keyTerms());
    }
  }

  /** Story {@code from} became part of {@code merged}: its name resolves there from now on. */
  void merged(String from, StoryState merged) {
    String into = merged.story().id();
    stories.remove(from);
    storyKeys.remove(from);
    putStory(merged);
    merges.put(from, into);
    candidates.replaceAll(c -> c.storyId().equals(from) ? c.inStory(into) : c);
  }

  /** Recent stories of more than one article, first published in [from, to], with a key term. */
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

  /** The live story an id names, through recent merges and stored ones. */
  String resolve(String storyId) {
    String id = storyId;
    for (int hops = 0; hops < MAX_MERGE_HOPS; hops++) {
      String next = merges.get(id);
      next = next != null ? next : index.mergedInto(id).orElse(id);
      if (next.equals(id)) {
        return id;
      }
      id = next;
    }
    return id;
  }

  /**
   * The live story an id names, recent or stored. Most ids name a live story, so its record is
   * looked for before any merge alias (a merged-away story has no record of its own).
   */
  Optional<StoryState> stateOf(String storyId) {
    StoryState recent = stories.get(storyId);
    if (recent != null) {
      return Optional.of(recent);
    }
    Optional<StoryState> stored =
        merges.containsKey(storyId) ? Optional.empty() : index.storyRecord(storyId);
    if (stored.isPresent()) {
      return stored;
    }
    String live = resolve(storyId);
    return live.equals(storyId)
        ? Optional.empty()
        : Optional.ofNullable(stories.get(live)).or(() -> index.storyRecord(live));
  }

  /**
   * Recent articles published within [from, to] that have one of {@code terms} (the article's
   * uncommon ones), so a batch not yet searchable is not scored whole against each article.
   */
  List<Candidate> candidatesWithin(Instant from, Instant to, Collection<String> terms) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!c.published().isBefore(from)
          && !c.published().isAfter(to)
          && terms.stream().anyMatch(c.bodyTerms()::containsKey)) {
        out.add(c);
      }
    }
    return out;
  }

  private static String textKey(String outlet, String hash) {
    return outlet + '\u0000' + hash;
  }
}
