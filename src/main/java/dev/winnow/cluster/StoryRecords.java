package dev.winnow.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * How a story's record changes when an article joins it or two stories merge.
 *
 * <p>The representative (title, summary, link) is the most complete early original: an earlier
 * article takes over when it says about as much (an original published before its copies), and a
 * later one only when it says much more while the event is still fresh (a full report after a
 * brief), never a later copy of the same length.
 */
final class StoryRecords {
  private static final double AS_COMPLETE = 0.8;
  private static final double MUCH_MORE = 1.5;
  private static final Duration FRESH = Duration.ofHours(6);

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
        List.of(first.outlet()),
        List.of(ArticleLink.of(first)),
        first.categories());
  }

  /** Whether a report of {@code length} characters at {@code at} should represent the story. */
  static boolean represents(Story story, int representativeLength, Instant at, int length) {
    if (at.isBefore(story.published())) {
      return length >= AS_COMPLETE * representativeLength;
    }
    return length > MUCH_MORE * representativeLength
        && Duration.between(story.published(), at).compareTo(FRESH) <= 0;
  }

  /** The updated time moves forward when an outlet joins, so readers see the story change. */
  static Story joined(Story story, Article article, boolean represents) {
    List<String> outlets = new ArrayList<>(story.outlets());
    if (!outlets.contains(article.outlet())) {
      outlets.add(article.outlet());
    }
    return new Story(
        story.id(),
        represents ? article.title() : story.title(),
        represents ? article.summary() : story.summary(),
        represents ? article.url() : story.link(),
        earlier(story.published(), article.published()),
        later(story.updated(), article.published()),
        story.articleCount() + 1,
        outlets,
        firstOf(story.firstArticles(), List.of(ArticleLink.of(article))),
        union(story.categories(), article.categories()));
  }

  /** Two stories as one under {@code into}'s id, represented by {@code representative}. */
  static Story merged(Story into, Story from, Story representative) {
    List<String> outlets = new ArrayList<>(into.outlets());
    from.outlets().stream().filter(o -> !outlets.contains(o)).forEach(outlets::add);
    return new Story(
        into.id(),
        representative.title(),
        representative.summary(),
        representative.link(),
        earlier(into.published(), from.published()),
        later(into.updated(), from.updated()),
        into.articleCount() + from.articleCount(),
        outlets,
        firstOf(into.firstArticles(), from.firstArticles()),
        union(into.categories(), from.categories()));
  }

  private static List<ArticleLink> firstOf(List<ArticleLink> a, List<ArticleLink> b) {
    return Stream.concat(a.stream(), b.stream())
        .sorted(Comparator.comparing(ArticleLink::published).thenComparing(ArticleLink::articleId))
        .limit(Story.LISTED)
        .toList();
  }

  private static List<String> union(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList(); // made distinct and bounded by Story
  }

  private static Instant earlier(Instant a, Instant b) {
    return b.isBefore(a) ? b : a;
  }

  private static Instant later(Instant a, Instant b) {
    return b.isAfter(a) ? b : a;
  }
}
