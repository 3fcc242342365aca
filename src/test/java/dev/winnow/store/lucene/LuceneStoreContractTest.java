package dev.winnow.store.lucene;

import dev.winnow.store.StoreContract;
import dev.winnow.store.StoreReader;
import dev.winnow.store.StoreWriter;
import java.nio.file.Path;

/** The embedded backend against the store contract. */
class LuceneStoreContractTest extends StoreContract {
  @Override
  protected StoreWriter openWriter(Path location) throws Exception {
    return LuceneStore.openForWriting(location);
  }

  @Override
  protected StoreReader openReader(Path location) throws Exception {
    return LuceneReader.openReadOnly(location);
  }
}
