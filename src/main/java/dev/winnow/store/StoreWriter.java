package dev.winnow.store;

import dev.winnow.cluster.ClusterIndex;
import dev.winnow.cluster.ClusteredArticle;
import java.io.Closeable;
import java.io.IOException;

/**
 * The single writer of the store, owned by one thread: every method but {@link #reader()} is called
 * from it alone. Nothing is durable until {@link #commit()}: articles, seen entries and feed state
 * of one poll commit together, so a crash loses or duplicates nothing.
 */
public interface StoreWriter extends Closeable {

  /** The thread-safe reader over what this writer made searchable. */
  StoreReader reader();

  /** Which feeds this writer's instance polls: all, unless instances share the store. */
  default FeedShare feedShare() {
    return FeedShare.ALL;
  }

  /** How this writer takes turns with other instances' writers: not at all, alone. */
  default WriteTurns writeTurns() {
    return WriteTurns.ALONE;
  }

  /** What the clusterer asks of the index; answers from what was made searchable. */
  ClusterIndex clusterIndex();

  /** Writes what the clusterer decided: its merges, then the article, then its story's record. */
  void add(ClusteredArticle article) throws IOException;

  void markSeen(String feedName, String entryKey, String articleId) throws IOException;

  void saveFeedState(FeedState state) throws IOException;

  /** Deletes every article, story and merge, uncommitted: they are decided again (recluster). */
  void deleteArticlesAndStories() throws IOException;

  /** Makes everything written so far searchable, without making it durable. */
  void refresh() throws IOException;

  /** Makes everything written so far durable and searchable, together. */
  void commit() throws IOException;
}
