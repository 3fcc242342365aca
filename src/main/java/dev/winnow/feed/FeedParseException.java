package dev.winnow.feed;

/** The bytes are not a feed winnow can read; the message says why in one line. */
public final class FeedParseException extends Exception {
  public FeedParseException(String message) {
    super(message);
  }
}
