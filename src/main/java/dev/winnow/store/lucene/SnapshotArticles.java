package dev.winnow.store.lucene;

import dev.winnow.store.ArticleStream;
import dev.winnow.store.StoredArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;

/** Articles read one at a time from a searcher held until closed: later writes don't show. */
final class SnapshotArticles implements ArticleStream {
  private final SearcherManager searchers;
  private final IndexSearcher searcher;
  private final ScoreDoc[] hits;
  private boolean closed;

  SnapshotArticles(SearcherManager searchers, IndexSearcher searcher, ScoreDoc[] hits) {
    this.searchers = searchers;
    this.searcher = searcher;
    this.hits = hits;
  }

  @Override
  public Iterator<StoredArticle> iterator() {
    StoredFields stored;
    try {
      stored = searcher.storedFields();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < hits.length;
      }

      @Override
      public StoredArticle next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        try {
          return Fields.toArticle(stored.document(hits[next++].doc));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
