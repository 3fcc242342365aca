package dev.winnow.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an existing SolrCloud keeps winnow's stories: its ZooKeeper ensemble and the collection.
 *
 * @param zkHosts the ensemble's host:port pairs
 * @param zkChroot the ensemble's chroot ("/solr"), if the cluster lives under one
 * @param collection created with winnow's configset when missing
 * @param shards used when creating the collection
 * @param replicas used when creating the collection (replicas of each shard)
 */
public record SolrSettings(
    List<String> zkHosts, Optional<String> zkChroot, String collection, int shards, int replicas) {

  private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}");
  private static final Pattern COLLECTION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_\\-]{0,99}");

  @JsonCreator
  static SolrSettings fromYaml(
      @JsonProperty(value = "zk_host", required = true) String zkHost,
      @JsonProperty(value = "collection") String collection,
      @JsonProperty("shards") Integer shards,
      @JsonProperty("replicas") Integer replicas) {
    return parse(zkHost, collection == null ? "winnow" : collection, shards, replicas);
  }

  /** zk_host as SolrCloud writes it: "zk1:2181,zk2:2181/solr", the chroot after the hosts. */
  public static SolrSettings parse(
      String zkHost, String collection, Integer shards, Integer replicas) {
    if (zkHost == null || zkHost.isBlank()) {
      throw new IllegalArgumentException("store.solr.zk_host must name the ZooKeeper ensemble");
    }
    int slash = zkHost.indexOf('/');
    String hosts = slash < 0 ? zkHost : zkHost.substring(0, slash);
    Optional<String> chroot =
        slash < 0 || slash == zkHost.length() - 1
            ? Optional.empty()
            : Optional.of(zkHost.substring(slash));
    return new SolrSettings(
        List.of(hosts.trim().split("\\s*,\\s*")),
        chroot,
        collection,
        shards == null ? 1 : shards,
        replicas == null ? 1 : replicas);
  }

  public SolrSettings {
    zkHosts = List.copyOf(zkHosts);
    for (String host : zkHosts) {
      if (!HOST_PORT.matcher(host).matches()) {
        throw new IllegalArgumentException(
            "store.solr.zk_host: '" + host + "' is not host:port (e.g. zk1:2181,zk2:2181/solr)");
      }
    }
    if (!COLLECTION.matcher(collection).matches()) {
      throw new IllegalArgumentException(
          "store.solr.collection: '" + collection + "' is not a Solr collection name");
    }
    if (shards < 1 || shards > 64 || replicas < 1 || replicas > 16) {
      throw new IllegalArgumentException("store.solr: shards must be 1 to 64 and replicas 1 to 16");
    }
  }

  /** The ensemble as one string, for messages: hosts and chroot. */
  public String zkHost() {
    return String.join(",", zkHosts) + zkChroot.orElse("");
  }
}
