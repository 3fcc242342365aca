package dev.winnow.store.solr;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.LBSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;

/**
 * SolrJ's cloud routing (cluster state from ZooKeeper, updates to shard leaders, queries to live
 * replicas, failover) over the JDK's HTTP client. CloudHttp2SolrClient does the same over Jetty
 * 10's client, which cannot share a classpath with winnow's Jetty 12 server.
 */
final class JdkCloudClient extends CloudSolrClient {
  private static final long CONNECT_SECONDS = 10;
  private static final long ANSWER_SECONDS = 60;

  private final ZkClientClusterStateProvider state;
  private final Balancer balancer = new Balancer();

  JdkCloudClient(List<String> zkHosts, Optional<String> chroot) {
    super(true, true, false);
    this.state = new ZkClientClusterStateProvider(zkHosts, chroot.orElse(null));
  }

  @Override
  protected LBSolrClient getLbClient() {
    return balancer;
  }

  @Override
  public ClusterStateProvider getClusterStateProvider() {
    return state;
  }

  @Override
  public void close() throws IOException {
    try (state) {
      balancer.close();
    }
  }

  /** One JDK client per Solr node, reused: each holds its own connection pool. */
  private static final class Balancer extends LBSolrClient {
    private final Map<String, HttpJdkSolrClient> nodes = new ConcurrentHashMap<>();

    Balancer() {
      super(List.of());
    }

    @Override
    protected SolrClient getClient(String baseUrl) {
      return nodes.computeIfAbsent(
          baseUrl,
          url ->
              new HttpJdkSolrClient.Builder(url)
                  .withConnectionTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
                  .withIdleTimeout(ANSWER_SECONDS, TimeUnit.SECONDS)
                  // plain HTTP/1.1: over http:// the JDK client would first probe each node with a
                  // HEAD for HTTP/2, which Solr logs as an error
                  .useHttp1_1(true)
                  .build());
    }

    @Override
    protected SolrClient getClient(Endpoint endpoint) {
      return getClient(endpoint.getBaseUrl());
    }

    @Override
    public void close() {
      for (HttpJdkSolrClient node : nodes.values()) {
        try {
          node.close();
        } catch (IOException ignored) {
          // closing: its connections go with the JDK client
        }
      }
      nodes.clear();
      super.close();
    }
  }
}
