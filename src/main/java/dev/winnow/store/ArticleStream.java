package dev.winnow.store;

import java.io.Closeable;

/** Stored articles read one at a time from a snapshot; close it to let the snapshot go. */
public interface ArticleStream extends Iterable<StoredArticle>, Closeable {
  @Override
  void close();
}
