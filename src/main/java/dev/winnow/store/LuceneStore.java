package dev.winnow.store;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.Assignment;
import dev.winnow.cluster.Candidate;
import dev.winnow.cluster.StoryProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The index as the single writer sees it. Additions are searchable after {@link #commit()}, which
 * also refreshes the searcher; until then the clusterer and the seen-checks read the pending
 * additions from memory, so a copy arriving in the same batch as its original is still found.
 */
public final class LuceneStore extends LuceneReader implements StoreWriter {
  /**
   * Additions are made searchable (a near-real-time refresh, no commit) every so many articles, so
   * the in-memory pending lists the clusterer also reads stay short however large a batch is.
   */
  private static final int SEARCHABLE_EVERY = 250;

  private final IndexWriter writer;
  private final SimilarArticles similar;
  private final PendingWrites pending;
  private final StoryProfiles profiles;

  private LuceneStore(IndexWriter writer, Analyzer analyzer) throws IOException {
    super(new SearcherManager(writer, null), analyzer, writer.getDirectory());
    this.writer = writer;
    this.similar = new SimilarArticles(analyzer);
    this.pending = new PendingWrites(queries);
    this.profiles = new StoryProfiles(queries, pending, similar);
  }

  /** Opens (creating if needed) the index for writing; a second writer fails fast. */
  public static LuceneStore openForWriting(Path index) throws StoreException {
    Directory dir = null;
    try {
      Files.createDirectories(index);
      dir = FSDirectory.open(index);
      Analyzer analyzer = Analyzers.text();
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      IndexWriter writer = new IndexWriter(dir, config);
      if (writer.getPendingNumDocs() == 0) {
        writer.commit(); // so read-only openers find an index even before the first poll
      }
      return new LuceneStore(writer, analyzer);
    } catch (LockObtainFailedException e) {
      closeQuietly(dir);
      throw new StoreException(index, "in use by another winnow process (write.lock is held)");
    } catch (IOException e) {
      closeQuietly(dir);
      throw new StoreException(index, "cannot open for writing: " + e.getMessage());
    }
  }

  @Override
  public void add(Article article, Assignment assignment) throws IOException {
    for (String merged : assignment.merged()) {
      StoryMerges.merge(
          writer, pending, pending.resolve(merged), pending.resolve(assignment.storyId()));
      profiles.forget();
    }
    SimilarArticles.Analyzed analyzed = similar.analyzed(article);
    writer.updateDocument(
        new Term(Fields.ID, article.id()),
        Fields.article(article, assignment, analyzed.signature()));
    pending.added(new StoredArticle(article, assignment));
    pending.candidates.add(
        queries.withSearcher(
            s -> similar.vectorsOf(s.getIndexReader(), article, assignment.storyId())));
    Map<String, Integer> titleTf = analyzed.titleTf();
    Map<String, Integer> bodyTf = analyzed.bodyTf();
    StoryState after =
        pending
            .stateOf(assignment.storyId())
            .map(before -> before.joined(article, titleTf, bodyTf))
            .orElseGet(() -> StoryState.started(article, assignment.storyId(), titleTf, bodyTf));
    String storyId = after.story().id();
    Set<String> keys = pending.putStory(after);
    profiles.changed(storyId);
    writer.updateDocument(new Term(Fields.STORY_KEY, storyId), Fields.story(after, keys));
    if (pending.articles.size() >= SEARCHABLE_EVERY) {
      refreshWithoutCommit();
    }
  }

  @Override
  public void markSeen(String feedName, String entryKey, String articleId) throws IOException {
    String key = Fields.seenKey(feedName, entryKey);
    writer.updateDocument(
        new Term(Fields.SEEN_KEY, key), Fields.seen(feedName, entryKey, articleId));
    pending.seen.add(key);
  }

  @Override
  public void saveFeedState(FeedState state) throws IOException {
    writer.updateDocument(new Term("feedName", state.feedName()), Fields.feedState(state));
  }

  /**
   * Rebuilds every story assignment from the stored articles, oldest first, without refetching.
   * Everything happens in one uncommitted transaction read from a snapshot of the index: readers
   * keep seeing the old stories until the final commit, and a crash midway leaves them intact.
   *
   * @return the number of articles reassigned
   */
  public int reassignAll(Function<Article, Assignment> assign) throws IOException {
    IndexSearcher snapshot = searchers.acquire();
    try {
      Sort oldest = new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG));
      int max = Math.max(1, snapshot.getIndexReader().maxDoc());
      ScoreDoc[] all = snapshot.search(IndexQueries.kind(Fields.ARTICLE), max, oldest).scoreDocs;
      writer.deleteDocuments(
          IndexQueries.kind(Fields.STORY),
          IndexQueries.kind(Fields.MERGED),
          IndexQueries.kind(Fields.ARTICLE));
      refreshWithoutCommit();
      similar.forgetFrequencies();
      var stored = snapshot.storedFields();
      int n = 0;
      for (ScoreDoc hit : all) {
        Article article = Fields.toArticle(stored.document(hit.doc)).article();
        add(article, assign.apply(article));
        if (++n % 250 == 0) {
          refreshWithoutCommit();
        }
      }
      commit();
      return n;
    } finally {
      searchers.release(snapshot);
    }
  }

  private void refreshWithoutCommit() throws IOException {
    searchers.maybeRefreshBlocking();
    similar.madeSearchable(pending.candidates);
    pending.clear();
    profiles.forget();
  }

  /** The writer's searcher already sees what it committed; this makes pending additions visible. */
  @Override
  public void refresh() throws IOException {
    refreshWithoutCommit();
  }

  /** One Lucene commit: everything added since the last one becomes durable together. */
  @Override
  public void commit() throws IOException {
    writer.commit();
    refreshWithoutCommit();
  }

  @Override
  public boolean hasSeen(String feedName, String entryKey) {
    return pending.seen.contains(Fields.seenKey(feedName, entryKey))
        || super.hasSeen(feedName, entryKey);
  }

  @Override
  public Optional<Story> story(String storyId) {
    return pending.stateOf(storyId).map(StoryState::story);
  }

  @Override
  public List<StoredArticle> articlesOf(String storyId) {
    return pending.articlesIn(pending.resolve(storyId)).stream()
        .sorted(Comparator.comparing(a -> a.article().published()))
        .toList();
  }

  @Override
  public Optional<StoredArticle> articleWithText(String outlet, String contentHash) {
    return pending.articleWithText(outlet, contentHash);
  }

  @Override
  public Optional<StoredArticle> article(String articleId) {
    StoredArticle added = pending.articles.get(articleId);
    return added != null ? Optional.of(added) : super.article(articleId);
  }

  @Override
  public List<Candidate> candidates(Article article, Instant from, Instant to, int limit) {
    return queries.withSearcher(
        s -> {
          List<Candidate> found = new ArrayList<>(similar.search(s, article, from, to, limit));
          found.addAll(pending.candidatesWithin(from, to));
          return found;
        });
  }

  @Override
  public Optional<StoryProfile> profileOf(String storyId) {
    return profiles.of(storyId);
  }

  @Override
  public List<StoryProfile> storiesLike(StoryProfile story, Instant from, Instant to, int limit) {
    return profiles.like(story, from, to, limit);
  }

  @Override
  public Candidate vectorsOf(Article article) {
    return queries.withSearcher(s -> similar.vectorsOf(s.getIndexReader(), article, null));
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
