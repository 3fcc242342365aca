package dev.winnow.store.solr;

import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.zookeeper.KeeperException;

/** winnow's own ZooKeeper nodes, beside Solr's: /winnow/COLLECTION/… under the chroot. */
final class ZkPaths {
  private ZkPaths() {}

  static String of(String collection, String name) {
    return "/winnow/" + collection + "/" + name;
  }

  /** Creates the persistent path if missing; another instance creating it at once is fine. */
  static void ensure(SolrZkClient zk, String path) throws KeeperException, InterruptedException {
    if (!zk.exists(path, true)) {
      try {
        zk.makePath(path, false, true);
      } catch (KeeperException.NodeExistsException raced) {
        // another instance made it first
      }
    }
  }
}
