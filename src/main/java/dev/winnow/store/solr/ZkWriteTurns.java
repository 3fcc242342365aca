package dev.winnow.store.solr;

import dev.winnow.store.WriteTurns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;

/**
 * Turns as ZooKeeper's lock recipe takes them: each waiting instance holds an ephemeral sequential
 * node and the lowest holds the turn; each waits on the node just before its own, so a release
 * wakes one waiter, and a crashed holder's node goes with its session. The last writer's name is
 * kept beside the lock, so an instance knows whether anyone else wrote since its own last turn.
 */
final class ZkWriteTurns implements WriteTurns {
  private static final String PREFIX = "turn-";

  private final SolrZkClient zk;
  private final String dir;
  private final String lastWriter;
  private final String self;
  private String held;

  ZkWriteTurns(SolrZkClient zk, String collection, String self) {
    this.zk = zk;
    this.dir = ZkPaths.of(collection, "turns");
    this.lastWriter = ZkPaths.of(collection, "last-writer");
    this.self = self;
  }

  @Override
  public boolean take() throws IOException {
    try {
      if (held != null && zk.exists(dir + "/" + held, true)) {
        return false; // still ours: a pass that failed midway never released it
      }
      ZkPaths.ensure(zk, dir);
      String path =
          zk.create(dir + "/" + PREFIX, new byte[0], CreateMode.EPHEMERAL_SEQUENTIAL, true);
      held = path.substring(path.lastIndexOf('/') + 1);
      while (waitedForPredecessor()) {
        // the one before ours went (or the wait timed out): look again
      }
      return !self.equals(readLastWriter());
    } catch (KeeperException e) {
      throw new IOException("taking a write turn in ZooKeeper: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a write turn", e);
    }
  }

  /** False once ours is the lowest node; else waits for the one before ours to go, and true. */
  private boolean waitedForPredecessor() throws KeeperException, InterruptedException {
    List<String> waiting = zk.getChildren(dir, null, true);
    waiting.sort(null);
    int mine = waiting.indexOf(held);
    if (mine <= 0) {
      return false;
    }
    CountDownLatch gone = new CountDownLatch(1);
    if (zk.exists(dir + "/" + waiting.get(mine - 1), event -> gone.countDown(), true) != null) {
      gone.await(
          30, TimeUnit.SECONDS); // and look again: the watch may have fired for another cause
    }
    return true;
  }

  @Override
  public void release() throws IOException {
    if (held == null) {
      return;
    }
    try {
      byte[] name = self.getBytes(StandardCharsets.UTF_8);
      if (zk.exists(lastWriter, true)) {
        zk.setData(lastWriter, name, true);
      } else {
        zk.create(lastWriter, name, CreateMode.PERSISTENT, true);
      }
      zk.delete(dir + "/" + held, -1, true);
      held = null;
    } catch (KeeperException e) {
      throw new IOException("ending a write turn in ZooKeeper: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while ending a write turn", e);
    }
  }

  private String readLastWriter() throws KeeperException, InterruptedException {
    if (!zk.exists(lastWriter, true)) {
      return null;
    }
    return new String(zk.getData(lastWriter, null, null, true), StandardCharsets.UTF_8);
  }
}
