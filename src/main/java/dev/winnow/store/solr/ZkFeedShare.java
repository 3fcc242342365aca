package dev.winnow.store.solr;

import dev.winnow.config.FeedSource;
import dev.winnow.store.FeedShare;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Instances sharing a collection register in ZooKeeper (an ephemeral node each, gone when its
 * session ends: a clean stop at once, a crash after the session timeout) and split the feeds by
 * rendezvous hashing over the live members: a feed goes to the member with the highest hash of
 * (member, the feed's host). Keyed by host, every feed of a publisher goes to one instance, so the
 * per-host connection limit holds across instances; when a member joins or leaves, only its share
 * moves. Each instance reads the members before every pass; feed state lives in the collection, so
 * whoever takes a feed over knows when it was last polled.
 */
final class ZkFeedShare implements FeedShare, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ZkFeedShare.class);

  private final SolrZkClient zk;
  private final String dir;
  private final byte[] whoAmI;
  private String self;
  private volatile String described = "not registered yet";

  ZkFeedShare(SolrZkClient zk, String collection) {
    this.zk = zk;
    this.dir = ZkPaths.of(collection, "instances");
    this.whoAmI = ManagementFactory.getRuntimeMXBean().getName().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public synchronized List<FeedSource> mine(List<FeedSource> feeds) {
    List<String> members;
    try {
      register();
      members = zk.getChildren(dir, null, true);
    } catch (KeeperException e) {
      described = "ZooKeeper unavailable (" + e.code() + "): polling nothing until it answers";
      LOG.warn(described);
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
    List<FeedSource> mine = new ArrayList<>();
    for (FeedSource feed : feeds) {
      if (self.equals(owner(hostOf(feed), members))) {
        mine.add(feed);
      }
    }
    described =
        String.format(
            Locale.ROOT,
            "one of %d instances (%s): %d of %d feeds",
            members.size(),
            self,
            mine.size(),
            feeds.size());
    return mine;
  }

  @Override
  public String describe() {
    return described;
  }

  /**
   * Joins the members as the store opens, so instances started together split the feeds at once.
   */
  synchronized void join() throws KeeperException, InterruptedException {
    register();
  }

  /** Creates this instance's node, again after its session expired (the node went with it). */
  private void register() throws KeeperException, InterruptedException {
    if (self != null && zk.exists(dir + "/" + self, true)) {
      return;
    }
    ZkPaths.ensure(zk, dir);
    String path = zk.create(dir + "/member-", whoAmI, CreateMode.EPHEMERAL_SEQUENTIAL, true);
    self = path.substring(path.lastIndexOf('/') + 1);
    LOG.info("registered as {} in {}", self, dir);
  }

  /** The live member with the highest weight for this key (rendezvous hashing). */
  static String owner(String key, List<String> members) {
    String best = null;
    long bestWeight = Long.MIN_VALUE;
    for (String m : members) {
      long w = weight(m, key);
      if (best == null || w > bestWeight || (w == bestWeight && m.compareTo(best) < 0)) {
        best = m;
        bestWeight = w;
      }
    }
    return best;
  }

  private static long weight(String member, String key) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest((member + '\n' + key).getBytes(StandardCharsets.UTF_8));
      long w = 0;
      for (int i = 0; i < Long.BYTES; i++) {
        w = (w << 8) | (d[i] & 0xff);
      }
      return w;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  static String hostOf(FeedSource feed) {
    String host = feed.url().getHost();
    return host == null ? feed.name() : host.toLowerCase(Locale.ROOT);
  }

  /** Leaves at once, so the others take this instance's feeds at their next pass. */
  @Override
  public synchronized void close() {
    if (self == null) {
      return;
    }
    try {
      zk.delete(dir + "/" + self, -1, true);
    } catch (KeeperException | InterruptedException e) {
      LOG.info("left {} with its session ({})", dir, e.getMessage());
    }
  }
}
