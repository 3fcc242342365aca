package dev.winnow.store;

import dev.winnow.cluster.Article;
import java.util.ArrayList;
import java.util.List;

/** How a story's record changes when an article joins it. */
final class StoryRecords {
  private StoryRecords() {}

  static Story started(Article first, String storyId) {
    return new Story(
        storyId,
        first.title(),
        first.summary(),
        first.url(),
        first.published(),
        first.published(),
        1,
        List.of(first.outlet()));
  }

  /**
   * The earliest article represents the story (an original rather than a later copy); the updated
   * time moves forward when an outlet joins, so readers see the story change.
   */
  static Story joined(Story story, Article article) {
    List<String> outlets = new ArrayList<>(story.outlets());
    if (!outlets.contains(article.outlet())) {
      outlets.add(article.outlet());
    }
    boolean earlier = article.published().isBefore(story.published());
    var updated =
        article.published().isAfter(story.updated()) ? article.published() : story.updated();
    return new Story(
        story.id(),
        earlier ? article.title() : story.title(),
        earlier ? article.summary() : story.summary(),
        earlier ? article.url() : story.link(),
        earlier ? article.published() : story.published(),
        updated,
        story.articleCount() + 1,
        outlets);
  }

  /** Two stories as one: the earlier representative, every outlet, the later update. */
  static Story merged(Story into, Story from) {
    Story first = from.published().isBefore(into.published()) ? from : into;
    List<String> outlets = new ArrayList<>(into.outlets());
    from.outlets().stream().filter(o -> !outlets.contains(o)).forEach(outlets::add);
    return new Story(
        into.id(),
        first.title(),
        first.summary(),
        first.link(),
        first.published(),
        from.updated().isAfter(into.updated()) ? from.updated() : into.updated(),
        into.articleCount() + from.articleCount(),
        outlets);
  }
}
