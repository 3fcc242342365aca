package dev.winnow.store;

import java.nio.file.Path;

/**
 * The store cannot be opened or reached: missing, locked by another writer, unreadable, or (a
 * remote backend) its cluster unreachable.
 */
public final class StoreException extends Exception {
  public StoreException(Path index, String problem) {
    this(index.toString(), problem);
  }

  /**
   * {@code where} names the store as a user would: a directory, or a collection and its cluster.
   */
  public StoreException(String where, String problem) {
    super(where + ": " + problem);
  }
}
