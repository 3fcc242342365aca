package dev.winnow.store.solr;

import dev.winnow.store.ArticleStream;
import dev.winnow.store.StoredArticle;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * Every article, oldest first, a page at a time (Solr's cursorMark: deep paging that stays cheap,
 * sorted by published time and then the unique key, as a cursor requires). Pages are read as the
 * stream is consumed: unlike the embedded index's snapshot, a soft commit in between shows.
 */
final class CursorArticles implements ArticleStream {
  private static final int PAGE = 500;

  private final SolrQueries queries;

  CursorArticles(SolrQueries queries) {
    this.queries = queries;
  }

  @Override
  public Iterator<StoredArticle> iterator() {
    return new Iterator<>() {
      private final Deque<StoredArticle> page = new ArrayDeque<>();
      private String cursor = CursorMarkParams.CURSOR_MARK_START;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (page.isEmpty() && !done) {
          fetch();
        }
        return !page.isEmpty();
      }

      @Override
      public StoredArticle next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.removeFirst();
      }

      private void fetch() {
        SolrQuery q = SolrQueries.ofKind(SolrDocs.ARTICLE);
        q.setSort(SolrDocs.PUBLISHED, SolrQuery.ORDER.asc);
        q.addSort(SolrDocs.ID, SolrQuery.ORDER.asc);
        q.setFields(SolrDocs.RECORD);
        q.setRows(PAGE);
        q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
        var response = queries.run(q);
        for (SolrDocument doc : response.getResults()) {
          page.add(SolrDocs.written(doc).stored());
        }
        String next = response.getNextCursorMark();
        done = next == null || next.equals(cursor);
        cursor = next;
      }
    };
  }

  @Override
  public void close() {
    // nothing is held between pages
  }
}
