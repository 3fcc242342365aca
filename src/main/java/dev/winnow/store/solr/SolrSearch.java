package dev.winnow.store.solr;

import dev.winnow.store.SearchExpression;
import dev.winnow.store.SearchExpression.AllOf;
import dev.winnow.store.SearchExpression.AnyOf;
import dev.winnow.store.SearchExpression.Not;
import dev.winnow.store.SearchExpression.Scope;
import dev.winnow.store.SearchExpression.Words;
import dev.winnow.store.SearchHit;
import dev.winnow.store.SearchQuery;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;

/**
 * winnow's search language as Solr queries. Words go as parameters of {@code {!field}} queries
 * (analyzed by the field's chain, which is winnow's: a phrase stays a phrase), combined with {@code
 * {!bool}}, so no query text is ever parsed as Solr syntax.
 */
final class SolrSearch {
  private static final String NOTHING = "-*:*";

  private SolrSearch() {}

  static List<SearchHit> search(SolrQueries queries, SearchQuery query) {
    SolrQuery q = new SolrQuery();
    q.setQuery(translate(query.expression(), q));
    q.addFilterQuery(SolrDocs.KIND + ":" + SolrDocs.ARTICLE);
    if (query.since() != null) {
      SolrQueries.publishedWithin(q, query.since().toEpochMilli(), Long.MAX_VALUE);
    }
    if (query.outlet() != null) {
      q.addFilterQuery(SolrQueries.term(q, SolrDocs.OUTLET, query.outlet()));
    }
    q.setFields(
        "id",
        SolrDocs.KEY,
        SolrDocs.STORY,
        SolrDocs.TITLE,
        SolrDocs.OUTLET,
        SolrDocs.URL,
        SolrDocs.PUBLISHED,
        "score");
    q.setRows(query.limit());
    // the title's matching words marked by Solr's highlighter; article texts are not stored apart
    q.setHighlight(true).addHighlightField(SolrDocs.TITLE).setHighlightSimplePre("<mark>");
    q.setHighlightSimplePost("</mark>").setParam("hl.encoder", "html");
    List<SearchHit> hits = new ArrayList<>();
    var response = queries.run(q);
    var marked = response.getHighlighting();
    for (SolrDocument doc : response.getResults()) {
      String url = (String) doc.getFirstValue(SolrDocs.URL);
      hits.add(
          new SearchHit(
              (String) doc.getFirstValue(SolrDocs.STORY),
              (String) doc.getFirstValue(SolrDocs.KEY),
              (String) doc.getFirstValue(SolrDocs.TITLE),
              (String) doc.getFirstValue(SolrDocs.OUTLET),
              url == null ? null : URI.create(url),
              SolrDocs.instant(doc, SolrDocs.PUBLISHED),
              ((Number) doc.getFirstValue("score")).floatValue(),
              snippetOf(marked, (String) doc.getFirstValue("id"))));
    }
    return hits;
  }

  private static String snippetOf(Map<String, Map<String, List<String>>> marked, String id) {
    List<String> fragments =
        marked == null || id == null ? null : marked.getOrDefault(id, Map.of()).get(SolrDocs.TITLE);
    return fragments == null || fragments.isEmpty() ? "" : fragments.get(0);
  }

  private static String translate(SearchExpression e, SolrQuery q) {
    if (e instanceof Words w) {
      return words(w, q);
    }
    if (e instanceof AnyOf any) {
      return bool("should", any.parts(), q);
    }
    if (e instanceof AllOf all) {
      return bool("must", all.parts(), q);
    }
    if (e instanceof Not not) {
      return "{!bool must='*:*' must_not=$" + param(q, translate(not.part(), q)) + "}";
    }
    return "*:*";
  }

  private static String bool(String occur, List<SearchExpression> parts, SolrQuery q) {
    StringBuilder b = new StringBuilder("{!bool");
    for (SearchExpression part : parts) {
      b.append(' ').append(occur).append("=$").append(param(q, translate(part, q)));
    }
    return b.append('}').toString();
  }

  /** Title and text, or the title alone; words analyzed as indexed, in order for a phrase. */
  private static String words(Words w, SolrQuery q) {
    List<String> fields =
        w.scope() == Scope.TITLE
            ? List.of(SolrDocs.TITLE)
            : List.of(SolrDocs.TITLE, SolrDocs.ALL_TEXT);
    StringBuilder any = new StringBuilder("{!bool");
    for (String field : fields) {
      String clause =
          w.phrase()
              ? "{!field f=" + field + " v=$" + param(q, w.text()) + "}"
              : "{!lucene q.op=OR df=" + field + " v=$" + param(q, escapedWords(w.text())) + "}";
      any.append(" should=$").append(param(q, clause));
    }
    return any.append('}').toString();
  }

  /** Each word escaped, so the lucene parser reads words and nothing else. */
  private static String escapedWords(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      if (!word.isEmpty()) {
        out.append(ClientUtils.escapeQueryChars(word)).append(' ');
      }
    }
    return out.length() == 0 ? NOTHING : out.toString().trim();
  }

  private static String param(SolrQuery q, String value) {
    String name = "p" + q.getParameterNames().size();
    q.set(name, value);
    return name;
  }
}
