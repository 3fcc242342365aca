package dev.winnow.cluster;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * One story of the merged feed.
 *
 * @param title the representative article's title
 * @param summary the representative article's summary
 * @param link the representative article's URL
 * @param published when the story's first article was published
 * @param updated the latest published time of any article in it: it moves when an outlet joins
 * @param outlets every outlet that covered it, in the order they reported it
 * @param firstArticles its first {@value #LISTED} articles in published order: what a merged feed
 *     prints of them, kept in the record so a feed is rendered from the story records alone
 * @param categories its articles' categories, each once, in the order they first appeared
 */
public record Story(
    String id,
    String title,
    String summary,
    URI link,
    Instant published,
    Instant updated,
    int articleCount,
    List<String> outlets,
    List<ArticleLink> firstArticles,
    List<String> categories) {

  /** Articles a story lists; the rest are counted. An entry must not grow with its story. */
  public static final int LISTED = 25;

  public Story {
    // as its representative article's; also for stories stored before the caps
    title = BoundedText.capped(BoundedText.withoutBidiControls(title), BoundedText.TITLE_CHARS);
    summary =
        BoundedText.capped(BoundedText.withoutBidiControls(summary), BoundedText.SUMMARY_CHARS);
    outlets = List.copyOf(outlets);
    firstArticles = List.copyOf(firstArticles);
    categories = BoundedText.labels(categories);
  }
}
