package dev.winnow.serve;

import dev.winnow.store.StoredArticle;
import dev.winnow.store.Story;
import java.util.List;

/** One entry of the merged feed: a story and the articles that reported it. */
record StoryEntry(Story story, List<StoredArticle> articles) {
  StoryEntry {
    articles = List.copyOf(articles);
  }

  /** Stable across polls and merges: readers use it to know an entry they have already shown. */
  String entryId() {
    return "urn:winnow:story:" + story.id();
  }
}
