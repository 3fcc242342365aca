package dev.winnow.store.lucene;

import dev.winnow.cluster.ArticleLink;
import dev.winnow.cluster.Story;
import dev.winnow.cluster.StoryState;
import dev.winnow.store.FeedState;
import dev.winnow.store.StoredArticle;
import dev.winnow.store.WrittenArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** The read side of the index, shared by the writer and read-only openers. */
final class IndexQueries {
  /** Chains of merges are short; the bound only stops a corrupt cycle. */
  static final int MAX_MERGE_HOPS = 32;

  private final SearcherManager searchers;

  IndexQueries(SearcherManager searchers) {
    this.searchers = searchers;
  }

  interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** acquire / try / release, as SearcherManager asks. */
  <T> T withSearcher(SearcherWork<T> work) {
    IndexSearcher searcher = acquire();
    try {
      return work.apply(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  IndexSearcher acquire() {
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Query kind(String kind) {
    return new TermQuery(new Term(Fields.KIND, kind));
  }

  static Query and(Query... queries) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (Query q : queries) {
      all.add(q, Occur.FILTER);
    }
    return all.build();
  }

  List<Story> stories(int limit) {
    Sort newest = new Sort(new SortField(Fields.UPDATED, SortField.Type.LONG, true));
    return withSearcher(
        s -> {
          List<Story> out = new ArrayList<>();
          for (Document doc : documents(s, s.search(kind(Fields.STORY), limit, newest))) {
            out.add(withLinks(Fields.toStory(doc)));
          }
          return out;
        });
  }

  Optional<Story> story(String storyId) {
    return storyState(storyId).map(StoryState::story).map(this::withLinks);
  }

  /** A record written before stories kept their first articles' links gets them read here. */
  private Story withLinks(Story story) {
    if (!story.firstArticles().isEmpty()) {
      return story;
    }
    List<ArticleLink> links =
        articlesOf(story.id()).stream()
            .limit(Story.LISTED)
            .map(a -> ArticleLink.of(a.article()))
            .toList();
    return new Story(
        story.id(),
        story.title(),
        story.summary(),
        story.link(),
        story.published(),
        story.updated(),
        story.articleCount(),
        story.outlets(),
        links,
        story.categories());
  }

  /** The story an id names now, following merges; most ids name a live story, found at once. */
  Optional<StoryState> storyState(String storyId) {
    return storyRecord(storyId)
        .or(
            () -> {
              String live = resolve(storyId);
              return live.equals(storyId) ? Optional.empty() : storyRecord(live);
            });
  }

  /** The record of a live story under exactly this id, without following merges. */
  Optional<StoryState> storyRecord(String storyId) {
    return first(new TermQuery(new Term(Fields.STORY_KEY, storyId))).map(Fields::toStoryState);
  }

  /** The story an id names now: itself, or the story it was merged into (transitively). */
  String resolve(String storyId) {
    String id = storyId;
    for (int hops = 0; hops < MAX_MERGE_HOPS; hops++) {
      Optional<String> into = mergedInto(id);
      if (into.isEmpty()) {
        return id;
      }
      id = into.get();
    }
    return id;
  }

  Optional<String> mergedInto(String storyId) {
    return first(new TermQuery(new Term(Fields.MERGED_KEY, storyId)))
        .map(doc -> doc.get(Fields.MERGED_INTO));
  }

  private List<WrittenArticle> written(Query filter) {
    Sort oldest = new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG));
    return withSearcher(
        s -> {
          List<WrittenArticle> out = new ArrayList<>();
          int all = Math.max(1, s.getIndexReader().maxDoc());
          for (Document doc :
              documents(s, s.search(and(kind(Fields.ARTICLE), filter), all, oldest))) {
            out.add(Fields.toWritten(doc));
          }
          return out;
        });
  }

  /** The articles stored under exactly this story id, oldest first. */
  List<WrittenArticle> writtenArticlesOf(String storyId) {
    return written(new TermQuery(new Term(Fields.STORY_ID, storyId)));
  }

  List<StoredArticle> articlesOf(String storyId) {
    return writtenArticlesOf(resolve(storyId)).stream().map(WrittenArticle::stored).toList();
  }

  Optional<StoredArticle> article(String articleId) {
    return first(and(kind(Fields.ARTICLE), new TermQuery(new Term(Fields.ID, articleId))))
        .map(Fields::toArticle);
  }

  boolean hasArticle(String articleId) {
    Query q = and(kind(Fields.ARTICLE), new TermQuery(new Term(Fields.ID, articleId)));
    return withSearcher(s -> s.count(q) > 0);
  }

  Optional<StoredArticle> articleWithText(String outlet, String contentHash) {
    return first(
            and(
                kind(Fields.ARTICLE),
                new TermQuery(new Term(Fields.OUTLET, outlet)),
                new TermQuery(new Term(Fields.CONTENT_HASH, contentHash))))
        .map(Fields::toArticle);
  }

  int articleCount() {
    return withSearcher(s -> s.count(kind(Fields.ARTICLE)));
  }

  boolean hasSeen(String feedName, String entryKey) {
    Term key = new Term(Fields.SEEN_KEY, Fields.seenKey(feedName, entryKey));
    return withSearcher(s -> s.count(new TermQuery(key)) > 0);
  }

  FeedState feedState(String feedName) {
    return first(and(kind(Fields.FEED), new TermQuery(new Term("feedName", feedName))))
        .map(FeedStateFields::read)
        .orElse(FeedState.neverPolled(feedName));
  }

  Optional<Document> first(Query query) {
    return withSearcher(
        s -> {
          TopDocs top = s.search(query, 1);
          return top.scoreDocs.length == 0
              ? Optional.empty()
              : Optional.of(s.storedFields().document(top.scoreDocs[0].doc));
        });
  }

  static List<Document> documents(IndexSearcher s, TopDocs top) throws IOException {
    List<Document> docs = new ArrayList<>(top.scoreDocs.length);
    var stored = s.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      docs.add(stored.document(hit.doc));
    }
    return docs;
  }
}
