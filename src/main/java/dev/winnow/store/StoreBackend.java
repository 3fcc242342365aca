package dev.winnow.store;

import dev.winnow.config.StoreSettings;
import java.nio.file.Path;

/**
 * A kind of store. Backends register themselves (java.util.ServiceLoader, in
 * META-INF/services/dev.winnow.store.StoreBackend), so this stage names none of them and none of
 * them is imported by a later stage.
 */
public interface StoreBackend {

  /** The backend's name: "lucene" for the embedded index, "solr" for a SolrCloud collection. */
  String name();

  /**
   * Opens the store the settings name; {@code index} is the embedded index's directory, which a
   * remote backend ignores.
   */
  StoreWriter openForWriting(Path index, StoreSettings settings) throws StoreException;

  StoreReader openReadOnly(Path index, StoreSettings settings) throws StoreException;
}
