package dev.winnow.store;

import dev.winnow.config.StoreSettings;
import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * The one place a backend is chosen; nothing outside the backends' own packages names one. The
 * embedded Lucene index ("lucene") is the default; feeds.yml's {@code store.solr} names a SolrCloud
 * collection instead ("solr").
 */
public final class Stores {
  private Stores() {}

  /** Opens (creating if needed) the embedded index for writing; a second writer fails fast. */
  public static StoreWriter openForWriting(Path index) throws StoreException {
    return openForWriting(index, StoreSettings.EMBEDDED);
  }

  /** Opens an existing embedded index read-only, beside a writer that may be running. */
  public static StoreReader openReadOnly(Path index) throws StoreException {
    return openReadOnly(index, StoreSettings.EMBEDDED);
  }

  /** Opens (creating if needed) the store the settings name, for writing. */
  public static StoreWriter openForWriting(Path index, StoreSettings settings)
      throws StoreException {
    return backend(settings).openForWriting(index, settings);
  }

  /** Opens the store the settings name, to read what its writers made searchable. */
  public static StoreReader openReadOnly(Path index, StoreSettings settings) throws StoreException {
    return backend(settings).openReadOnly(index, settings);
  }

  private static StoreBackend backend(StoreSettings settings) throws StoreException {
    String name = settings.solr().isPresent() ? "solr" : "lucene";
    for (StoreBackend b : ServiceLoader.load(StoreBackend.class)) {
      if (b.name().equals(name)) {
        return b;
      }
    }
    throw new StoreException(name, "no store backend '" + name + "' in this build");
  }
}
