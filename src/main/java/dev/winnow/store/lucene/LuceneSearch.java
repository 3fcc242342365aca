package dev.winnow.store.lucene;

import dev.winnow.cluster.TextAnalysis;
import dev.winnow.store.SearchExpression;
import dev.winnow.store.SearchExpression.AllOf;
import dev.winnow.store.SearchExpression.AnyOf;
import dev.winnow.store.SearchExpression.Not;
import dev.winnow.store.SearchExpression.Scope;
import dev.winnow.store.SearchExpression.Words;
import dev.winnow.store.SearchHit;
import dev.winnow.store.SearchQuery;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/** winnow's search language as Lucene queries, words analyzed as the index analyzed them. */
final class LuceneSearch {
  /** What a hit prints, and the texts its passage is drawn from; no HTML is read. */
  static final Set<String> HIT_FIELDS =
      Set.of(
          Fields.ID,
          Fields.STORY_ID,
          Fields.TITLE,
          Fields.OUTLET,
          "url",
          Fields.PUBLISHED,
          "summary",
          "text");

  private LuceneSearch() {}

  static Query of(SearchExpression expression, Analyzer analyzer) {
    Query q = translate(expression, new QueryBuilder(analyzer));
    return q == null ? new MatchNoDocsQuery("only stop words") : q;
  }

  /** Null for words that analyze to nothing (stop words): they constrain nothing. */
  private static Query translate(SearchExpression e, QueryBuilder words) {
    if (e instanceof Words w) {
      return wordsQuery(w, words);
    }
    if (e instanceof AnyOf any) {
      return combined(any.parts(), Occur.SHOULD, words);
    }
    if (e instanceof AllOf all) {
      return combined(all.parts(), Occur.MUST, words);
    }
    if (e instanceof Not not) {
      Query excluded = translate(not.part(), words);
      return excluded == null
          ? null
          : new BooleanQuery.Builder()
              .add(new MatchAllDocsQuery(), Occur.MUST)
              .add(excluded, Occur.MUST_NOT)
              .build();
    }
    return new MatchAllDocsQuery();
  }

  private static Query combined(List<SearchExpression> parts, Occur occur, QueryBuilder words) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (SearchExpression part : parts) {
      Query q = translate(part, words);
      if (q != null) {
        b.add(q, occur);
        clauses++;
      }
    }
    return clauses == 0 ? null : b.build();
  }

  private static Query wordsQuery(Words w, QueryBuilder words) {
    List<String> fields =
        w.scope() == Scope.TITLE ? List.of(Fields.TITLE) : List.of(Fields.TITLE, Fields.ALL_TEXT);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (String field : fields) {
      Query q =
          w.phrase()
              ? words.createPhraseQuery(field, w.text())
              : words.createBooleanQuery(field, w.text());
      if (q != null) {
        any.add(q, Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? null : any.build();
  }

  /** The query's hits, best first, reading only what a hit prints. */
  static List<SearchHit> search(IndexQueries queries, SearchQuery query) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    Query words = of(query.expression(), TextAnalysis.textAnalyzer());
    Snippets snippets = new Snippets(TextAnalysis.textAnalyzer(), words);
    q.add(words, Occur.MUST);
    q.add(IndexQueries.kind(Fields.ARTICLE), Occur.FILTER);
    if (query.since() != null) {
      q.add(
          LongPoint.newRangeQuery(Fields.PUBLISHED, query.since().toEpochMilli(), Long.MAX_VALUE),
          Occur.FILTER);
    }
    if (query.outlet() != null) {
      q.add(new TermQuery(new Term(Fields.OUTLET, query.outlet())), Occur.FILTER);
    }
    return queries.withSearcher(
        s -> {
          List<SearchHit> hits = new ArrayList<>();
          var stored = s.storedFields();
          for (ScoreDoc hit : s.search(q.build(), query.limit()).scoreDocs) {
            Document doc = stored.document(hit.doc, HIT_FIELDS);
            hits.add(hitOf(doc, hit.score, snippets));
          }
          return hits;
        });
  }

  private static SearchHit hitOf(Document doc, float score, Snippets snippets) {
    String url = doc.get("url");
    return new SearchHit(
        doc.get(Fields.STORY_ID),
        doc.get(Fields.ID),
        doc.get(Fields.TITLE),
        doc.get(Fields.OUTLET),
        url == null ? null : URI.create(url),
        Instant.ofEpochMilli(doc.getField(Fields.PUBLISHED).numericValue().longValue()),
        score,
        snippets.of(doc.get(Fields.TITLE), doc.get("summary"), doc.get("text")));
  }
}
