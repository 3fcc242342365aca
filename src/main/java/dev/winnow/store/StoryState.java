package dev.winnow.store;

import dev.winnow.cluster.Article;
import java.util.Map;

/**
 * A story's record as the writer keeps it: what is served, the centroid it clusters by, and how
 * much its representative article says (its text length), to judge a better one.
 */
record StoryState(Story story, StoryCentroid centroid, int representativeLength) {

  static StoryState started(
      Article first, String storyId, Map<String, Integer> titleTf, Map<String, Integer> bodyTf) {
    return new StoryState(
        StoryRecords.started(first, storyId),
        StoryCentroid.EMPTY.plus(titleTf, bodyTf),
        first.text().length());
  }

  StoryState joined(Article article, Map<String, Integer> titleTf, Map<String, Integer> bodyTf) {
    int length = article.text().length();
    boolean represents =
        StoryRecords.represents(story, representativeLength, article.published(), length);
    return new StoryState(
        StoryRecords.joined(story, article, represents),
        centroid.plus(titleTf, bodyTf),
        represents ? length : representativeLength);
  }

  StoryState merged(StoryState from) {
    boolean theirs =
        StoryRecords.represents(
            story, representativeLength, from.story.published(), from.representativeLength);
    return new StoryState(
        StoryRecords.merged(story, from.story, theirs ? from.story : story),
        centroid.plus(from.centroid),
        theirs ? from.representativeLength : representativeLength);
  }
}
