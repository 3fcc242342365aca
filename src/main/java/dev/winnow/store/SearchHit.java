package dev.winnow.store;

import java.net.URI;
import java.time.Instant;

/** One article that matched a search, with the story it belongs to. */
public record SearchHit(
    String storyId,
    String articleId,
    String title,
    String outlet,
    URI url,
    Instant published,
    float score) {}
