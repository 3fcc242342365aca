package dev.winnow.store;

import java.nio.file.Path;

/** The index cannot be opened: missing, locked by another writer, or unreadable. */
public final class StoreException extends Exception {
  private final Path index;

  public StoreException(Path index, String problem) {
    super(index + ": " + problem);
    this.index = index;
  }

  public Path index() {
    return index;
  }
}
