package dev.winnow.feed;

import java.time.Instant;
import java.util.List;

/**
 * What a feed says about itself, beyond its title and link; absent texts are "", absent times and
 * URLs null.
 */
public record FeedHeader(
    String description,
    String language,
    String rights,
    String id,
    String generator,
    Instant updated,
    Instant published,
    List<FeedPerson> authors,
    List<FeedCategory> categories,
    String imageUrl,
    String imageTitle,
    String imageLink) {

  public FeedHeader {
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
  }
}
