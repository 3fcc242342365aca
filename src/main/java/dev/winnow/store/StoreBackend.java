package dev.winnow.store;

import java.nio.file.Path;

/**
 * A kind of store. Backends register themselves (java.util.ServiceLoader, in
 * META-INF/services/dev.winnow.store.StoreBackend), so this stage names none of them and none of
 * them is imported by a later stage.
 */
public interface StoreBackend {

  /** The backend's name, as the configuration gives it: "lucene" for the embedded index. */
  String name();

  StoreWriter openForWriting(Path location) throws StoreException;

  StoreReader openReadOnly(Path location) throws StoreException;
}
