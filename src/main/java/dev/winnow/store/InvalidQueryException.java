package dev.winnow.store;

/** A search query that does not parse; the message says where. */
public final class InvalidQueryException extends Exception {
  public InvalidQueryException(String message) {
    super(message);
  }
}
