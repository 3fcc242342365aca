package dev.winnow.feed;

/** A media enclosure; length 0 when the feed does not say. */
public record FeedEnclosure(String url, long length, String type) {}
