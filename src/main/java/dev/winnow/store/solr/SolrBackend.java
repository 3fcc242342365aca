package dev.winnow.store.solr;

import dev.winnow.config.SolrSettings;
import dev.winnow.config.StoreSettings;
import dev.winnow.store.StoreBackend;
import dev.winnow.store.StoreException;
import dev.winnow.store.StoreReader;
import dev.winnow.store.StoreWriter;
import java.nio.file.Path;

/**
 * A SolrCloud collection shared by every instance configured alike (feeds.yml {@code store.solr});
 * the index directory is not used.
 */
public final class SolrBackend implements StoreBackend {
  @Override
  public String name() {
    return "solr";
  }

  @Override
  public StoreWriter openForWriting(Path index, StoreSettings settings) throws StoreException {
    return SolrStore.open(SolrConnection.open(solr(settings)));
  }

  @Override
  public StoreReader openReadOnly(Path index, StoreSettings settings) throws StoreException {
    SolrConnection connection = SolrConnection.open(solr(settings));
    return new SolrReader(new SolrQueries(connection), connection);
  }

  private static SolrSettings solr(StoreSettings settings) throws StoreException {
    return settings.solr().orElseThrow(() -> new StoreException("solr", "no store.solr settings"));
  }
}
