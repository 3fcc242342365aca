package dev.winnow.store.lucene;

import dev.winnow.cluster.Story;
import dev.winnow.store.ArticleStream;
import dev.winnow.store.FeedState;
import dev.winnow.store.SearchHit;
import dev.winnow.store.SearchQuery;
import dev.winnow.store.StoreException;
import dev.winnow.store.StoreReader;
import dev.winnow.store.StoredArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Reads the index through a {@link SearcherManager}, which is safe from any thread. Opened
 * read-only it sees what a writer committed as of its last {@link #refresh()}; the writer's own
 * reader sees what the writer last made searchable, and only the writer refreshes it.
 */
public final class LuceneReader implements StoreReader {
  private final SearcherManager searchers;
  private final IndexQueries queries;
  private final Directory directory;

  LuceneReader(SearcherManager searchers, Directory directory) {
    this.searchers = searchers;
    this.queries = new IndexQueries(searchers);
    this.directory = directory;
  }

  public static LuceneReader openReadOnly(Path index) throws StoreException {
    if (!Files.isDirectory(index)) {
      throw new StoreException(index, "no index here yet; run 'winnow poll --once' first");
    }
    try {
      Directory dir = FSDirectory.open(index);
      if (!DirectoryReader.indexExists(dir)) {
        dir.close();
        throw new StoreException(index, "no index here yet; run 'winnow poll --once' first");
      }
      return new LuceneReader(new SearcherManager(dir, null), dir);
    } catch (IOException e) {
      throw new StoreException(index, "cannot open the index: " + e.getMessage());
    }
  }

  IndexQueries queries() {
    return queries;
  }

  /** Picks up what the writer committed since the last refresh (a no-op for the writer's own). */
  @Override
  public void refresh() throws IOException {
    if (directory != null) {
      searchers.maybeRefresh();
    }
  }

  @Override
  public List<Story> stories(int limit) {
    return queries.stories(limit);
  }

  @Override
  public Optional<Story> story(String storyId) {
    return queries.story(storyId);
  }

  @Override
  public Optional<StoredArticle> article(String articleId) {
    return queries.article(articleId);
  }

  @Override
  public List<StoredArticle> articlesOf(String storyId) {
    return queries.articlesOf(storyId);
  }

  @Override
  public ArticleStream articles() {
    return SnapshotArticles.open(queries);
  }

  @Override
  public List<SearchHit> search(SearchQuery query) {
    return LuceneSearch.search(queries, query);
  }

  @Override
  public FeedState feedState(String feedName) {
    return queries.feedState(feedName);
  }

  @Override
  public boolean hasSeen(String feedName, String entryKey) {
    return queries.hasSeen(feedName, entryKey);
  }

  @Override
  public int articleCount() {
    return queries.articleCount();
  }

  /** The writer's reader is closed with the writer; a read-only one closes its directory. */
  @Override
  public void close() throws IOException {
    if (directory != null) {
      try (directory) {
        searchers.close();
      }
    }
  }
}
