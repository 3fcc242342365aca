package dev.winnow.store.solr;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A 2-node SolrCloud with its own ZooKeeper, in this JVM (solr-test-framework's
 * MiniSolrCloudCluster). Solr's server runs on Jetty 10, winnow's on Jetty 12: the two cannot share
 * one classpath, so these tests run in their own surefire execution (pom.xml, "solr-cloud"), with
 * Jetty 12 left out and solr-test-framework added; this class reaches the cluster by reflection so
 * that the other tests compile without it.
 */
public final class SolrCloudFixture implements AutoCloseable {
  private static SolrCloudFixture shared;

  private final Object cluster;
  private final String zkAddress;

  private SolrCloudFixture(Object cluster, String zkAddress) {
    this.cluster = cluster;
    this.zkAddress = zkAddress;
  }

  /**
   * One 2-node cluster for every test class of the JVM (it takes ~10 s to start), stopped when the
   * JVM exits; each test uses a collection of its own.
   */
  public static synchronized SolrCloudFixture shared() throws Exception {
    if (shared == null) {
      SolrCloudFixture cloud = start(2);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> cloud.closeQuietly()));
      shared = cloud;
    }
    return shared;
  }

  static SolrCloudFixture start(int nodes) throws Exception {
    Path dir = Files.createTempDirectory("winnow-solrcloud");
    // as solr-test-framework's own tests set them: no security manager checks, small caches
    System.setProperty("solr.install.dir", dir.toString());
    System.setProperty("solr.log.dir", dir.resolve("logs").toString());
    Class<?> builderType = Class.forName("org.apache.solr.cloud.MiniSolrCloudCluster$Builder");
    Object builder = builderType.getConstructor(int.class, Path.class).newInstance(nodes, dir);
    Object cluster = builderType.getMethod("build").invoke(builder);
    Object zk = cluster.getClass().getMethod("getZkServer").invoke(cluster);
    Method address = zk.getClass().getMethod("getZkAddress");
    return new SolrCloudFixture(cluster, (String) address.invoke(zk));
  }

  /** host:port/chroot, as feeds.yml's store.solr.zk_host takes it. */
  public String zkHost() {
    return zkAddress;
  }

  @Override
  public void close() throws Exception {
    cluster.getClass().getMethod("shutdown").invoke(cluster);
  }

  private void closeQuietly() {
    try {
      close();
    } catch (Exception ignored) {
      // the JVM is exiting
    }
  }
}
