package dev.winnow.store;

import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * The one place a backend is chosen; nothing outside the backends' own packages names one. The
 * embedded Lucene index ("lucene") is the default and today the only one.
 */
public final class Stores {
  static final String DEFAULT = "lucene";

  private Stores() {}

  /** Opens (creating if needed) the store for writing; a second writer fails fast. */
  public static StoreWriter openForWriting(Path index) throws StoreException {
    return backend(DEFAULT, index).openForWriting(index);
  }

  /** Opens an existing store read-only, beside a writer that may be running. */
  public static StoreReader openReadOnly(Path index) throws StoreException {
    return backend(DEFAULT, index).openReadOnly(index);
  }

  private static StoreBackend backend(String name, Path location) throws StoreException {
    for (StoreBackend b : ServiceLoader.load(StoreBackend.class)) {
      if (b.name().equals(name)) {
        return b;
      }
    }
    throw new StoreException(location, "no store backend '" + name + "' in this build");
  }
}
