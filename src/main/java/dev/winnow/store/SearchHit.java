package dev.winnow.store;

import java.net.URI;
import java.time.Instant;

/**
 * One article that matched a search, with the story it belongs to.
 *
 * @param snippet a passage of the article as HTML: its text escaped, the matching words in {@code
 *     <mark>}; "" when the backend has none
 */
public record SearchHit(
    String storyId,
    String articleId,
    String title,
    String outlet,
    URI url,
    Instant published,
    float score,
    String snippet) {}
