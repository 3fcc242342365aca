package dev.winnow.store.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

/**
 * Queries against winnow's collection. Values reach Solr only as parameters of {@code {!term}}
 * queries ({@code v=$name}), never spliced into query syntax, so no feed's text can change a query.
 */
final class SolrQueries {
  private final SolrConnection connection;

  SolrQueries(SolrConnection connection) {
    this.connection = connection;
  }

  /** A filter on one field's exact value, with the value as its own parameter. */
  static String term(SolrQuery q, String field, String value) {
    String param = "v" + q.getParameterNames().size();
    q.set(param, value);
    return "{!term f=" + field + " v=$" + param + "}";
  }

  /** Any of the terms in the field, ranked by Solr's similarity (BM25) as the embedded index is. */
  static String anyTerm(SolrQuery q, String field, Collection<String> terms) {
    StringBuilder bool = new StringBuilder("{!bool");
    for (String t : terms) {
      String clause = "c" + q.getParameterNames().size();
      q.set(clause, term(q, field, t));
      bool.append(" should=$").append(clause);
    }
    return bool.append('}').toString();
  }

  static SolrQuery ofKind(String kind) {
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery(SolrDocs.KIND + ":" + kind);
    return q;
  }

  static void publishedWithin(SolrQuery q, long fromMillis, long toMillis) {
    q.addFilterQuery(SolrDocs.PUBLISHED + ":[" + fromMillis + " TO " + toMillis + "]");
  }

  QueryResponse run(SolrQuery q) {
    try {
      return connection.client().query(connection.collection(), q, SolrRequest.METHOD.POST);
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw new UncheckedIOException(
          new IOException(connection.where() + ": " + SolrConnection.reason(e), e));
    }
  }

  /** The record of this kind under exactly this key, with these fields. */
  Optional<SolrDocument> byKey(String kind, String key, String... fields) {
    SolrQuery q = new SolrQuery();
    q.setQuery(term(q, SolrDocs.ID, SolrDocs.id(kind, key)));
    q.setFields(fields.length == 0 ? new String[] {SolrDocs.ID} : fields);
    q.setRows(1);
    return run(q).getResults().stream().findFirst();
  }

  long count(SolrQuery q) {
    q.setRows(0);
    return run(q).getResults().getNumFound();
  }
}
