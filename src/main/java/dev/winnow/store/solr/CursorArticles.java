package dev.winnow.store.solr;

import dev.winnow.store.ArticleStream;
import dev.winnow.store.StoredArticle;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * Every article, oldest first, as of the moment the stream opens. Solr has no snapshot a client can
 * hold, and a recluster deletes the articles it reads and makes that searchable, so the records are
 * first copied a page at a time (a cursorMark: deep paging that stays cheap, sorted by published
 * time and then the unique key) into a compressed temporary file, then read from it; closing the
 * stream deletes the file.
 */
final class CursorArticles implements ArticleStream {
  private static final int PAGE = 500;

  private final Path spool;

  /** Readers of the spool handed out by iterator(), closed with the stream if not read through. */
  private final List<BufferedReader> open = new ArrayList<>();

  private CursorArticles(Path spool) {
    this.spool = spool;
  }

  static CursorArticles open(SolrQueries queries) {
    try {
      Path spool = Files.createTempFile("winnow-articles", ".jsonl.gz");
      try (BufferedWriter out = writer(spool)) {
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
          SolrQuery q = SolrQueries.ofKind(SolrDocs.ARTICLE);
          q.setSort(SolrDocs.PUBLISHED, SolrQuery.ORDER.asc);
          q.addSort(SolrDocs.ID, SolrQuery.ORDER.asc);
          q.setFields(SolrDocs.RECORD);
          q.setRows(PAGE);
          q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
          var response = queries.run(q);
          for (SolrDocument doc : response.getResults()) {
            out.write((String) doc.getFirstValue(SolrDocs.RECORD)); // JSON holds no raw newline
            out.newLine();
          }
          String next = response.getNextCursorMark();
          if (next == null || next.equals(cursor)) {
            break;
          }
          cursor = next;
        }
      }
      return new CursorArticles(spool);
    } catch (IOException e) {
      throw new UncheckedIOException("copying the articles to read them", e);
    }
  }

  @Override
  public Iterator<StoredArticle> iterator() {
    BufferedReader in;
    try {
      in =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(spool)), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    open.add(in);
    return new Iterator<>() {
      private String line = read();

      private String read() {
        try {
          String l = in.readLine();
          if (l == null) {
            in.close();
          }
          return l;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public boolean hasNext() {
        return line != null;
      }

      @Override
      public StoredArticle next() {
        if (line == null) {
          throw new NoSuchElementException();
        }
        StoredArticle article = SolrDocs.writtenFromJson(line).stored();
        line = read();
        return article;
      }
    };
  }

  private static BufferedWriter writer(Path file) throws IOException {
    return new BufferedWriter(
        new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    try {
      for (BufferedReader in : open) {
        in.close();
      }
      Files.deleteIfExists(spool);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
