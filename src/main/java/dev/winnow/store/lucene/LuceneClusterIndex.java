package dev.winnow.store.lucene;

import dev.winnow.cluster.ClusterIndex;
import dev.winnow.cluster.IndexedArticle;
import dev.winnow.cluster.StoryState;
import dev.winnow.cluster.TermField;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** The clusterer's raw facts from the Lucene index, as the writer's searcher last saw it. */
final class LuceneClusterIndex implements ClusterIndex {
  /** Only what a candidate needs; the text and HTML fields are the bulk of a stored article. */
  private static final Set<String> CANDIDATE_FIELDS =
      Set.of(
          Fields.ID,
          Fields.STORY_ID,
          Fields.OUTLET,
          Fields.PUBLISHED,
          Fields.SIGNATURE,
          Fields.NAMES);

  private static final int MAX_STORY_TERM_DOCS = 5_000;

  private final IndexQueries queries;
  private final DecodedCandidates decoded = new DecodedCandidates();

  LuceneClusterIndex(IndexQueries queries) {
    this.queries = queries;
  }

  private static String fieldOf(TermField field) {
    return field == TermField.TITLE ? Fields.TITLE : Fields.ALL_TEXT;
  }

  @Override
  public int articleCount() {
    return queries.articleCount();
  }

  /**
   * Live counts: Lucene's own docFreq still counts a replaced or deleted document until a segment
   * merge drops it, so in a segment with deletions the postings are walked past the deleted ones.
   * Terms are looked up in sorted order, one terms enumeration per segment.
   */
  @Override
  public Map<String, Integer> documentFrequencies(TermField field, Collection<String> terms) {
    String name = fieldOf(field);
    Set<String> sorted = new TreeSet<>(terms);
    return queries.withSearcher(
        s -> {
          Map<String, Integer> counts = new HashMap<>();
          for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Terms leafTerms = leaf.reader().terms(name);
            if (leafTerms != null) {
              countIn(leafTerms.iterator(), leaf.reader().getLiveDocs(), sorted, counts);
            }
          }
          return counts;
        });
  }

  private static void countIn(
      TermsEnum it, Bits live, Set<String> terms, Map<String, Integer> counts) throws IOException {
    PostingsEnum postings = null;
    for (String t : terms) {
      if (!it.seekExact(new BytesRef(t))) {
        continue;
      }
      int n = 0;
      if (live == null) {
        n = it.docFreq();
      } else {
        postings = it.postings(postings, PostingsEnum.NONE);
        for (int d = postings.nextDoc();
            d != DocIdSetIterator.NO_MORE_DOCS;
            d = postings.nextDoc()) {
          if (live.get(d)) {
            n++;
          }
        }
      }
      if (n > 0) {
        counts.merge(t, n, Integer::sum);
      }
    }
  }

  @Override
  public List<IndexedArticle> articlesWithAnyTerm(
      Collection<String> terms, Instant from, Instant to, int limit) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    terms.forEach(t -> any.add(new TermQuery(new Term(Fields.ALL_TEXT, t)), Occur.SHOULD));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(any.build(), Occur.MUST);
    query.add(IndexQueries.kind(Fields.ARTICLE), Occur.FILTER);
    query.add(
        LongPoint.newRangeQuery(Fields.PUBLISHED, from.toEpochMilli(), to.toEpochMilli()),
        Occur.FILTER);
    return queries.withSearcher(
        s -> {
          // One stored-fields and one term-vectors reader for all hits: each opens inputs per
          // segment.
          var stored = s.storedFields();
          TermVectors vectors = s.getIndexReader().termVectors();
          List<LeafReaderContext> leaves = s.getIndexReader().leaves();
          List<IndexedArticle> out = new ArrayList<>();
          for (ScoreDoc hit : s.search(query.build(), limit).scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            out.add(
                decoded.of(
                    leaf,
                    hit.doc - leaf.docBase,
                    () ->
                        indexed(stored.document(hit.doc, CANDIDATE_FIELDS), vectors.get(hit.doc))));
          }
          return out;
        });
  }

  private static IndexedArticle indexed(Document doc, org.apache.lucene.index.Fields vectors)
      throws IOException {
    return new IndexedArticle(
        doc.get(Fields.ID),
        doc.get(Fields.STORY_ID),
        doc.get(Fields.OUTLET),
        Instant.ofEpochMilli(doc.getField(Fields.PUBLISHED).numericValue().longValue()),
        counts(vectors == null ? null : vectors.terms(Fields.TITLE)),
        counts(vectors == null ? null : vectors.terms(Fields.ALL_TEXT)),
        StoredNames.decode(doc.get(Fields.NAMES)),
        SignatureBytes.decode(doc.getBinaryValue(Fields.SIGNATURE)));
  }

  private static Map<String, Integer> counts(Terms terms) throws IOException {
    Map<String, Integer> tf = new HashMap<>();
    if (terms == null) {
      return tf;
    }
    TermsEnum it = terms.iterator();
    for (BytesRef term = it.next(); term != null; term = it.next()) {
      tf.put(term.utf8ToString(), (int) it.totalTermFreq());
    }
    return tf;
  }

  @Override
  public List<String> storiesWithAnyKeyTerm(
      Collection<String> terms, Instant from, Instant to, int limit) {
    return queries.withSearcher(
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
                  .add(IndexQueries.kind(Fields.STORY), Occur.FILTER)
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

  @Override
  public Optional<StoryState> storyRecord(String storyId) {
    return queries.storyRecord(storyId);
  }

  @Override
  public Optional<String> mergedInto(String storyId) {
    return queries.mergedInto(storyId);
  }

  @Override
  public boolean hasArticle(String articleId) {
    return queries.hasArticle(articleId);
  }

  @Override
  public Optional<String> articleWithText(String outlet, String contentHash) {
    return queries.articleWithText(outlet, contentHash).map(a -> a.article().id());
  }
}
