package dev.winnow.cluster;

/**
 * A story's record as the store keeps it: what is served, the centroid it clusters by, and how much
 * its representative article says (its text length), to judge a better one.
 */
public record StoryState(Story story, StoryCentroid centroid, int representativeLength) {

  public static StoryState started(AnalyzedArticle first, String storyId) {
    return new StoryState(
        StoryRecords.started(first.article(), storyId),
        StoryCentroid.EMPTY.plus(first),
        first.article().text().length());
  }

  public StoryState joined(AnalyzedArticle analyzed) {
    Article article = analyzed.article();
    int length = article.text().length();
    boolean represents =
        StoryRecords.represents(story, representativeLength, article.published(), length);
    return new StoryState(
        StoryRecords.joined(story, article, represents),
        centroid.plus(analyzed),
        represents ? length : representativeLength);
  }

  public StoryState merged(StoryState from) {
    boolean theirs =
        StoryRecords.represents(
            story, representativeLength, from.story.published(), from.representativeLength);
    return new StoryState(
        StoryRecords.merged(story, from.story, theirs ? from.story : story),
        centroid.plus(from.centroid),
        theirs ? from.representativeLength : representativeLength);
  }
}
