package dev.winnow.store.lucene;

import dev.winnow.cluster.ArticleLink;
import dev.winnow.cluster.Story;
import dev.winnow.cluster.StoryState;
import dev.winnow.store.ArticleStream;
import dev.winnow.store.FeedState;
import dev.winnow.store.SearchHit;
import dev.winnow.store.SearchQuery;
import dev.winnow.store.StoredArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
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

  private static final int MAX_STORY_TERM_DOCS = 5_000;

  private final SearcherManager searchers;
  private final Analyzer analyzer;

  IndexQueries(SearcherManager searchers, Analyzer analyzer) {
    this.searchers = searchers;
    this.analyzer = analyzer;
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

  private IndexSearcher acquire() {
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void release(IndexSearcher searcher) {
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
        links);
  }

  /** Every article, oldest first, from the searcher of this moment, read as it is consumed. */
  ArticleStream articles() {
    IndexSearcher s = acquire();
    try {
      Sort oldest = new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG));
      int all = Math.max(1, s.getIndexReader().maxDoc());
      ScoreDoc[] hits = s.search(kind(Fields.ARTICLE), all, oldest).scoreDocs;
      return new SnapshotArticles(searchers, s, hits);
    } catch (IOException | RuntimeException e) {
      release(s);
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
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

  /**
   * Ids of stories of more than one article, first published within [from, to], that have any of
   * the key terms, most alike first.
   */
  List<String> storiesWithTerms(Collection<String> terms, Instant from, Instant to, int limit) {
    return withSearcher(
        s -> {
          BooleanQuery.Builder any = new BooleanQuery.Builder();
          for (String t : terms) {
            Term term = new Term(Fields.STORY_TERM, t);
            // A term most stories share is no evidence, and its postings are what a query over a
            // large index pays for: the cost stays flat as stories accumulate. The term is looked
            // up in each segment once, for its count and for the query.
            TermStates states = TermStates.build(s, term, true);
            if (states.docFreq() <= MAX_STORY_TERM_DOCS) {
              any.add(new TermQuery(term, states), Occur.SHOULD);
            }
          }
          Query q =
              new BooleanQuery.Builder()
                  .add(any.build(), Occur.MUST)
                  .add(kind(Fields.STORY), Occur.FILTER)
                  .add(
                      IntPoint.newRangeQuery(Fields.STORY_SIZE, 2, Integer.MAX_VALUE), Occur.FILTER)
                  .add(
                      LongPoint.newRangeQuery(
                          Fields.PUBLISHED, from.toEpochMilli(), to.toEpochMilli()),
                      Occur.FILTER)
                  .build();
          List<String> ids = new ArrayList<>();
          for (ScoreDoc hit : s.search(q, limit).scoreDocs) {
            ids.add(
                s.storedFields().document(hit.doc, Set.of(Fields.STORY_KEY)).get(Fields.STORY_KEY));
          }
          return ids;
        });
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
        .map(Fields::toFeedState)
        .orElse(FeedState.neverPolled(feedName));
  }

  List<SearchHit> search(SearchQuery query) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(LuceneSearch.of(query.expression(), analyzer), Occur.MUST);
    q.add(kind(Fields.ARTICLE), Occur.FILTER);
    if (query.since() != null) {
      q.add(
          LongPoint.newRangeQuery(Fields.PUBLISHED, query.since().toEpochMilli(), Long.MAX_VALUE),
          Occur.FILTER);
    }
    if (query.outlet() != null) {
      q.add(new TermQuery(new Term(Fields.OUTLET, query.outlet())), Occur.FILTER);
    }
    return withSearcher(
        s -> {
          List<SearchHit> hits = new ArrayList<>();
          var stored = s.storedFields();
          for (ScoreDoc hit : s.search(q.build(), query.limit()).scoreDocs) {
            Document doc = stored.document(hit.doc, LuceneSearch.HIT_FIELDS);
            hits.add(LuceneSearch.hitOf(doc, hit.score));
          }
          return hits;
        });
  }

  private Optional<Document> first(Query query) {
    return withSearcher(
        s -> {
          TopDocs top = s.search(query, 1);
          return top.scoreDocs.length == 0
              ? Optional.empty()
              : Optional.of(s.storedFields().document(top.scoreDocs[0].doc));
        });
  }

  private static List<Document> documents(IndexSearcher s, TopDocs top) throws IOException {
    List<Document> docs = new ArrayList<>(top.scoreDocs.length);
    var stored = s.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      docs.add(stored.document(hit.doc));
    }
    return docs;
  }
}
