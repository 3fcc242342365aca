package dev.winnow.store.lucene;

import dev.winnow.config.StoreSettings;
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
  public StoreWriter openForWriting(Path index, StoreSettings settings) throws StoreException {
    return LuceneStore.openForWriting(index);
  }

  @Override
  public StoreReader openReadOnly(Path index, StoreSettings settings) throws StoreException {
    return LuceneReader.openReadOnly(index);
  }
}
