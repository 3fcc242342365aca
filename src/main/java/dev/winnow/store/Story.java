package dev.winnow.store;

import dev.winnow.cluster.BoundedText;
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
 */
public record Story(
    String id,
    String title,
    String summary,
    URI link,
    Instant published,
    Instant updated,
    int articleCount,
    List<String> outlets) {

  public Story {
    // as its representative article's; also for stories stored before the caps
    title = BoundedText.capped(BoundedText.withoutBidiControls(title), BoundedText.TITLE_CHARS);
    summary =
        BoundedText.capped(BoundedText.withoutBidiControls(summary), BoundedText.SUMMARY_CHARS);
    outlets = List.copyOf(outlets);
  }
}
