package dev.winnow.store.lucene;

import dev.winnow.store.StoreBackend;
import dev.winnow.store.StoreException;
import dev.winnow.store.StoreReader;
import dev.winnow.store.StoreWriter;
import java.nio.file.Path;

/** The embedded backend: one Lucene index in a directory. */
public final class LuceneBackend implements StoreBackend {
  @Override
  public String name() {
    return "lucene";
  }

  @Override
  public StoreWriter openForWriting(Path location) throws StoreException {
    return LuceneStore.openForWriting(location);
  }

  @Override
  public StoreReader openReadOnly(Path location) throws StoreException {
    return LuceneReader.openReadOnly(location);
  }
}
