package dev.winnow.store;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.Assignment;
import dev.winnow.cluster.CandidateIndex;
import java.io.IOException;

/**
 * The single writer of the store. Nothing is durable until {@link #commit()}: articles, seen
 * entries and feed state of one poll commit together, so a crash loses or duplicates nothing.
 */
public interface StoreWriter extends StoreReader, CandidateIndex {

  void add(Article article, Assignment assignment) throws IOException;

  void markSeen(String feedName, String entryKey, String articleId) throws IOException;

  void saveFeedState(FeedState state) throws IOException;

  void commit() throws IOException;
}
