package dev.winnow.cluster;

import java.util.List;

/**
 * A new article as the clusterer placed it, and everything the store must write for it: the merges
 * it bridged (in order), then the article under its assignment, then its story's record.
 */
public record ClusteredArticle(
    AnalyzedArticle analyzed, Assignment assignment, List<StoryMerge> merges, StoryState story) {

  public ClusteredArticle {
    merges = List.copyOf(merges);
  }

  /** Story {@code from} folds into {@code into}: its articles move there, its id resolves there. */
  public record StoryMerge(String from, StoryState into) {}
}
