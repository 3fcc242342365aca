package dev.winnow.store.solr;

import dev.winnow.config.SolrSettings;
import dev.winnow.store.StoreContract;
import dev.winnow.store.StoreReader;
import dev.winnow.store.StoreWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;

/** The SolrCloud backend against the store contract, on an in-JVM 2-node cluster. */
class SolrStoreContractTest extends StoreContract {
  private static SolrCloudFixture cloud;

  @BeforeAll
  static void startCluster() throws Exception {
    cloud = SolrCloudFixture.shared();
  }

  /** A collection of its own for each test, named after the test's directory, 2 shards. */
  private static SolrSettings settings(Path location) {
    String name =
        "c" + Integer.toHexString(location.toString().hashCode()).toLowerCase(Locale.ROOT);
    return SolrSettings.parse(cloud.zkHost(), name, 2, 1);
  }

  @Override
  protected StoreWriter openWriter(Path location) throws Exception {
    return SolrStore.open(SolrConnection.open(settings(location)));
  }

  @Override
  protected StoreReader openReader(Path location) throws Exception {
    SolrConnection connection = SolrConnection.open(settings(location));
    return new SolrReader(new SolrQueries(connection), connection);
  }

  @Override
  protected boolean refreshesAreShared() {
    return true;
  }
}
