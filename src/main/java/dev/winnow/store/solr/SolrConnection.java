package dev.winnow.store.solr;

import dev.winnow.config.SolrSettings;
import dev.winnow.store.StoreException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * A client for winnow's collection on a SolrCloud: connected through ZooKeeper, the collection
 * created with winnow's configset when it is missing (the schema's text chain is winnow's own, see
 * {@link TextChain}).
 */
final class SolrConnection implements AutoCloseable {
  private static final int ZK_CONNECT_MILLIS = 10_000;
  private static final int ZK_SESSION_MILLIS = 30_000;
  private static final long READY_SECONDS = 60;
  private static final String CONFIGSET = "winnow";

  private final JdkCloudClient client;
  private final SolrSettings settings;

  private SolrConnection(JdkCloudClient client, SolrSettings settings) {
    this.client = client;
    this.settings = settings;
  }

  /** Connects, creating the collection if missing; unreachable: one line naming what and where. */
  static SolrConnection open(SolrSettings settings) throws StoreException {
    JdkCloudClient client = new JdkCloudClient(settings.zkHosts(), settings.zkChroot());
    try {
      ((ZkClientClusterStateProvider) client.getClusterStateProvider())
          .setZkConnectTimeout(ZK_CONNECT_MILLIS);
      // a crashed instance's member node goes after this; its feeds move at the next pass
      ((ZkClientClusterStateProvider) client.getClusterStateProvider())
          .setZkClientTimeout(ZK_SESSION_MILLIS);
      client.connect();
      SolrConnection connection = new SolrConnection(client, settings);
      connection.ensureCollection();
      return connection;
    } catch (RuntimeException | IOException | SolrServerException e) {
      closeQuietly(client);
      throw new StoreException(where(settings), "cannot reach SolrCloud: " + reason(e));
    }
  }

  JdkCloudClient client() {
    return client;
  }

  /** The cluster's own ZooKeeper client (chrooted as zk_host says), for winnow's member nodes. */
  SolrZkClient zkClient() {
    return zkClientState().getZkStateReader().getZkClient();
  }

  String collection() {
    return settings.collection();
  }

  /** How a message names this store: the collection and its ensemble. */
  String where() {
    return where(settings);
  }

  static String where(SolrSettings settings) {
    return "solr collection '" + settings.collection() + "' at " + settings.zkHost();
  }

  /**
   * Creates the collection (and winnow's configset) where missing. Instances started together may
   * race to create them: whoever loses finds them made, which is as good.
   */
  private void ensureCollection() throws IOException, SolrServerException {
    if (!collectionExists()) {
      create();
    }
    awaitLeaders();
  }

  private void create() throws IOException, SolrServerException {
    try {
      if (!new ConfigSetAdminRequest.List().process(client).getConfigSets().contains(CONFIGSET)) {
        new ConfigSetAdminRequest.Upload()
            .setConfigSetName(CONFIGSET)
            .setUploadStream(
                new ContentStreamBase.ByteArrayStream(
                    configsetZip(), "winnow.zip", "application/zip"))
            .process(client);
      }
      var create =
          CollectionAdminRequest.createCollection(
              settings.collection(), CONFIGSET, settings.shards(), settings.replicas());
      create.setWaitForFinalState(true);
      create.process(client);
    } catch (SolrServerException | IOException | RuntimeException e) {
      if (!collectionExists()) {
        throw e;
      }
    }
  }

  /**
   * Until every shard has a live leader: a collection another instance is creating right now is
   * listed before its replicas are up.
   */
  private void awaitLeaders() throws IOException {
    try {
      zkClientState()
          .getZkStateReader()
          .waitForState(
              settings.collection(),
              READY_SECONDS,
              TimeUnit.SECONDS,
              (live, c) ->
                  c != null
                      && c.getSlices().stream()
                          .allMatch(s -> s.getLeader() != null && s.getLeader().isActive(live)));
    } catch (TimeoutException e) {
      throw new IOException(
          "collection '" + settings.collection() + "' has a shard without a live leader");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the collection", e);
    }
  }

  private ZkClientClusterStateProvider zkClientState() {
    return (ZkClientClusterStateProvider) client.getClusterStateProvider();
  }

  private boolean collectionExists() throws IOException, SolrServerException {
    return CollectionAdminRequest.listCollections(client).contains(settings.collection());
  }

  /** solrconfig.xml and schema.xml, the schema's text chain written from winnow's own. */
  static byte[] configsetZip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("solrconfig.xml"));
      zip.write(resource("solrconfig.xml").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("schema.xml"));
      zip.write(TextChain.intoSchema(resource("schema.xml")).getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SolrConnection.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("configset file " + name + " missing from this build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The first line of the deepest cause: what a user can act on. */
  static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  @Override
  public void close() throws IOException {
    client.close();
  }

  private static void closeQuietly(JdkCloudClient client) {
    try {
      client.close();
    } catch (IOException ignored) {
      // already failing; the first error is the one to report
    }
  }
}
