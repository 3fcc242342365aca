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
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/** Articles read one at a time from a searcher held until closed: later writes don't show. */
final class SnapshotArticles implements ArticleStream {
  private final IndexQueries queries;
  private final IndexSearcher searcher;
  private final ScoreDoc[] hits;
  private boolean closed;

  private SnapshotArticles(IndexQueries queries, IndexSearcher searcher, ScoreDoc[] hits) {
    this.queries = queries;
    this.searcher = searcher;
    this.hits = hits;
  }

  /** Every article, oldest first, from the searcher of this moment. */
  static SnapshotArticles open(IndexQueries queries) {
    IndexSearcher s = queries.acquire();
    try {
      Sort oldest = new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG));
      int all = Math.max(1, s.getIndexReader().maxDoc());
      ScoreDoc[] hits = s.search(IndexQueries.kind(Fields.ARTICLE), all, oldest).scoreDocs;
      return new SnapshotArticles(queries, s, hits);
    } catch (IOException e) {
      queries.release(s);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      queries.release(s);
      throw e;
    }
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
      queries.release(searcher);
    }
  }
}
