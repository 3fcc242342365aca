package dev.winnow.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index opened read-only: the CLI's search and stories commands use it while the daemon writes.
 * It sees what the writer has committed as of the last {@link #refresh()}.
 */
public class LuceneReader implements StoreReader {
  final SearcherManager searchers;
  final IndexQueries queries;
  private final Directory directory;

  LuceneReader(SearcherManager searchers, Analyzer analyzer, Directory directory) {
    this.searchers = searchers;
    this.queries = new IndexQueries(searchers, analyzer);
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
      return new LuceneReader(new SearcherManager(dir, null), Analyzers.text(), dir);
    } catch (IOException e) {
      throw new StoreException(index, "cannot open the index: " + e.getMessage());
    }
  }

  /** Picks up what the writer committed since the last refresh. */
  public void refresh() throws IOException {
    searchers.maybeRefresh();
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
  public List<StoredArticle> articlesOf(String storyId) {
    return queries.articlesOf(storyId);
  }

  @Override
  public List<StoredArticle> allArticles() {
    return queries.articles(new MatchAllDocsQuery());
  }

  @Override
  public List<SearchHit> search(SearchQuery query) throws InvalidQueryException {
    return queries.search(query);
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
  public Optional<StoredArticle> articleWithText(String outlet, String contentHash) {
    return queries.articleWithText(outlet, contentHash);
  }

  @Override
  public Optional<StoredArticle> article(String articleId) {
    return queries.article(articleId);
  }

  @Override
  public int articleCount() {
    return queries.articleCount();
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      searchers.close();
    }
  }
}
