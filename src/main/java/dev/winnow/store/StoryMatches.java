package dev.winnow.store;

import dev.winnow.cluster.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search's hits as stories: each story once, in the order of its best article, with the articles
 * of it that matched (best first). What people look for is the story; an outlet's copy and its
 * rewrites are one answer, not seven.
 */
public record StoryMatches(Story story, List<SearchHit> articles) {
  public StoryMatches {
    articles = List.copyOf(articles);
  }

  /** The first {@code limit} stories the hits name; a hit whose story is gone is dropped. */
  public static List<StoryMatches> of(StoreReader store, List<SearchHit> hits, int limit) {
    Map<String, Story> byHitStory = new HashMap<>();
    Map<String, List<SearchHit>> matched = new LinkedHashMap<>();
    Map<String, Story> live = new HashMap<>();
    for (SearchHit hit : hits) {
      Story story = byHitStory.computeIfAbsent(hit.storyId(), id -> store.story(id).orElse(null));
      if (story != null && (matched.containsKey(story.id()) || matched.size() < limit)) {
        matched.computeIfAbsent(story.id(), id -> new ArrayList<>()).add(hit);
        live.put(story.id(), story);
      }
    }
    List<StoryMatches> out = new ArrayList<>();
    matched.forEach((id, articles) -> out.add(new StoryMatches(live.get(id), articles)));
    return out;
  }
}
