package dev.winnow.serve;

import dev.winnow.cluster.Story;

/** One entry of the merged feed: a story, with the links to its first articles it keeps. */
record StoryEntry(Story story) {
  /** Stable across polls and merges: readers use it to know an entry they have already shown. */
  String entryId() {
    return "urn:winnow:story:" + story.id();
  }
}
