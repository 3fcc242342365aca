package dev.winnow.serve;

import dev.winnow.cluster.Story;
import dev.winnow.store.InvalidQueryException;
import dev.winnow.store.SearchHit;
import dev.winnow.store.SearchQuery;
import dev.winnow.store.StoreReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The stories a filter selects, most recently updated first. A filtered feed, like the merged one,
 * shows what is recent: the filter is applied to the {@value #SCANNED} most recently updated
 * stories, and a search to the articles it finds among the {@value #SEARCHED} best matches.
 */
final class StorySelection {
  static final int SCANNED = 2_000;
  static final int SEARCHED = 1_000;

  private final StoreReader store;

  StorySelection(StoreReader store) {
    this.store = store;
  }

  /** Checks the search text before anything is rendered: a bad query is the client's error. */
  static SearchQuery searchOf(StoryFilter filter) throws InvalidQueryException {
    return filter.q().isEmpty() ? null : SearchQuery.parse(filter.q(), null, null, SEARCHED);
  }

  List<Story> stories(StoryFilter filter, int limit) {
    if (filter.isEmpty()) {
      return store.stories(limit);
    }
    Set<String> searched = null;
    try {
      SearchQuery search = searchOf(filter);
      if (search != null) {
        searched = new HashSet<>();
        for (SearchHit hit : store.search(search)) {
          searched.add(hit.storyId());
        }
      }
    } catch (InvalidQueryException e) {
      return List.of(); // checked by the caller before: cannot happen for a served filter
    }
    List<Story> out = new ArrayList<>();
    for (Story story : store.stories(SCANNED)) {
      if ((searched == null || searched.contains(story.id())) && filter.admits(story)) {
        out.add(story);
        if (out.size() == limit) {
          break;
        }
      }
    }
    return out;
  }
}
