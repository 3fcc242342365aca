package dev.winnow.store;

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
    outlets = List.copyOf(outlets);
  }
}
