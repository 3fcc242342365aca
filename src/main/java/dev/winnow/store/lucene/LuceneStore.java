package dev.winnow.store.lucene;

import dev.winnow.cluster.ClusterIndex;
import dev.winnow.cluster.ClusteredArticle;
import dev.winnow.cluster.TextAnalysis;
import dev.winnow.store.FeedState;
import dev.winnow.store.StoreException;
import dev.winnow.store.StoreReader;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.WrittenArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The index as its single writer sees it. One commit holds articles, stories, seen entries and feed
 * state; a near-real-time refresh makes writes searchable without making them durable. Only the
 * owning thread calls it, {@link #reader()} aside.
 */
public final class LuceneStore implements StoreWriter {
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final LuceneReader reader;
  private final LuceneClusterIndex clusterIndex;

  /**
   * Articles written since the last refresh, which the searcher cannot show yet: a merge moves them
   * too. The owning thread's alone.
   */
  private final Map<String, WrittenArticle> unrefreshed = new HashMap<>();

  private LuceneStore(IndexWriter writer) throws IOException {
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
    this.reader = new LuceneReader(searchers, null);
    this.clusterIndex = new LuceneClusterIndex(reader.queries());
  }

  /** Opens (creating if needed) the index for writing; a second writer fails fast. */
  public static LuceneStore openForWriting(Path index) throws StoreException {
    Directory dir = null;
    try {
      Files.createDirectories(index);
      dir = FSDirectory.open(index);
      IndexWriterConfig config = new IndexWriterConfig(TextAnalysis.textAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      IndexWriter writer = new IndexWriter(dir, config);
      if (writer.getPendingNumDocs() == 0) {
        writer.commit(); // so read-only openers find an index even before the first poll
      }
      return new LuceneStore(writer);
    } catch (LockObtainFailedException e) {
      closeQuietly(dir);
      throw new StoreException(index, "in use by another winnow process (write.lock is held)");
    } catch (IOException e) {
      closeQuietly(dir);
      throw new StoreException(index, "cannot open for writing: " + e.getMessage());
    }
  }

  @Override
  public StoreReader reader() {
    return reader;
  }

  @Override
  public ClusterIndex clusterIndex() {
    return clusterIndex;
  }

  @Override
  public void add(ClusteredArticle clustered) throws IOException {
    for (ClusteredArticle.StoryMerge merge : clustered.merges()) {
      StoryMerges.merge(writer, reader.queries(), unrefreshed, merge);
    }
    WrittenArticle article = WrittenArticle.of(clustered);
    writer.updateDocument(new Term(Fields.ID, article.article().id()), Fields.article(article));
    unrefreshed.put(article.article().id(), article);
    String storyId = clustered.story().story().id();
    writer.updateDocument(new Term(Fields.STORY_KEY, storyId), Fields.story(clustered.story()));
  }

  @Override
  public void markSeen(String feedName, String entryKey, String articleId) throws IOException {
    writer.updateDocument(
        new Term(Fields.SEEN_KEY, Fields.seenKey(feedName, entryKey)),
        Fields.seen(feedName, entryKey, articleId));
  }

  @Override
  public void saveFeedState(FeedState state) throws IOException {
    writer.updateDocument(new Term("feedName", state.feedName()), FeedStateFields.of(state));
  }

  @Override
  public void deleteArticlesAndStories() throws IOException {
    writer.deleteDocuments(
        IndexQueries.kind(Fields.STORY),
        IndexQueries.kind(Fields.MERGED),
        IndexQueries.kind(Fields.ARTICLE));
    unrefreshed.clear();
  }

  @Override
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
    unrefreshed.clear();
  }

  /** One Lucene commit: everything written since the last one becomes durable together. */
  @Override
  public void commit() throws IOException {
    writer.commit();
    refresh();
  }

  /** Commits what is pending (IndexWriter commits on close), then releases write.lock. */
  @Override
  public void close() throws IOException {
    try (Directory dir = writer.getDirectory()) {
      searchers.close();
      writer.close();
    }
  }

  private static void closeQuietly(Directory dir) {
    if (dir != null) {
      try {
        dir.close();
      } catch (IOException ignored) {
        // already failing; the first error is the one to report
      }
    }
  }
}
