package dev.winnow.store.solr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.winnow.cluster.AnalyzedArticle;
import dev.winnow.cluster.IndexedArticle;
import dev.winnow.cluster.StoryState;
import dev.winnow.cluster.TextAnalysis;
import dev.winnow.cluster.TextSignature;
import dev.winnow.store.FeedState;
import dev.winnow.store.WrittenArticle;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * winnow's records as Solr documents. The unique key is the kind and the record's own key, so
 * writing a record again replaces it (an idempotent upsert, whichever instance writes it). Each
 * record is stored whole as JSON; the indexed fields are those winnow searches, filters and sorts
 * by, as in the embedded backend.
 */
final class SolrDocs {
  static final String ID = "id";
  static final String KIND = "kind";
  static final String KEY = "key";
  static final String STORY = "story";
  static final String OUTLET = "outlet";
  static final String CONTENT_HASH = "contentHash";
  static final String TITLE = "title";
  static final String ALL_TEXT = "all";
  static final String PUBLISHED = "published";
  static final String UPDATED = "updated";
  static final String STORY_SIZE = "storySize";
  static final String STORY_TERM = "storyTerm";
  static final String URL = "url";
  static final String RECORD = "record_json";
  static final String CANDIDATE = "candidate_json";

  static final String ARTICLE = "article";
  static final String STORY_KIND = "story";
  static final String MERGED = "merged";
  static final String SEEN = "seen";
  static final String FEED = "feed";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private SolrDocs() {}

  static String id(String kind, String key) {
    return kind + ':' + key;
  }

  /** What the clusterer reads of a candidate, apart from the article itself. */
  record CandidateTerms(
      Map<String, Integer> titleTf,
      Map<String, Integer> textTf,
      Map<String, Integer> namesTf,
      int[] signature) {}

  /** The candidate terms of an article as analyzed once for clustering, as stored. */
  static String candidateTerms(AnalyzedArticle analyzed) {
    return json(
        new CandidateTerms(
            analyzed.titleTf(),
            analyzed.textTf(),
            analyzed.namesTf(),
            analyzed.signature().minHashes()));
  }

  /**
   * {@code candidateTerms} as {@link #candidateTerms} wrote them: a moved article keeps its own.
   */
  static SolrInputDocument article(WrittenArticle w, String candidateTerms) {
    var a = w.article();
    SolrInputDocument doc = base(ARTICLE, a.id());
    doc.setField(STORY, w.assignment().storyId());
    doc.setField(OUTLET, a.outlet());
    if (w.contentHash() != null) {
      doc.setField(CONTENT_HASH, w.contentHash());
    }
    if (a.url() != null) {
      doc.setField(URL, a.url().toString());
    }
    doc.setField(TITLE, a.title());
    doc.setField(ALL_TEXT, TextAnalysis.allText(a));
    doc.setField(PUBLISHED, a.published().toEpochMilli());
    doc.setField(RECORD, json(w));
    doc.setField(CANDIDATE, candidateTerms);
    return doc;
  }

  static WrittenArticle written(SolrDocument doc) {
    return read(doc, WrittenArticle.class);
  }

  static WrittenArticle writtenFromJson(String record) {
    return fromJson(record, WrittenArticle.class);
  }

  static IndexedArticle candidate(SolrDocument doc) {
    CandidateTerms terms = fromJson((String) doc.getFirstValue(CANDIDATE), CandidateTerms.class);
    return new IndexedArticle(
        (String) doc.getFirstValue(KEY),
        (String) doc.getFirstValue(STORY),
        (String) doc.getFirstValue(OUTLET),
        instant(doc, PUBLISHED),
        terms.titleTf(),
        terms.textTf(),
        terms.namesTf(),
        terms.signature().length == 0 ? TextSignature.NONE : new TextSignature(terms.signature()));
  }

  static SolrInputDocument story(StoryState state) {
    var s = state.story();
    SolrInputDocument doc = base(STORY_KIND, s.id());
    doc.setField(PUBLISHED, s.published().toEpochMilli());
    doc.setField(UPDATED, s.updated().toEpochMilli());
    doc.setField(STORY_SIZE, s.articleCount());
    doc.setField(STORY_TERM, state.centroid().keyTerms());
    doc.setField(RECORD, json(state));
    return doc;
  }

  static StoryState storyState(SolrDocument doc) {
    return read(doc, StoryState.class);
  }

  /** A merged-away story id: it keeps resolving to the story it became part of. */
  static SolrInputDocument merged(String from, String into) {
    SolrInputDocument doc = base(MERGED, from);
    doc.setField(STORY, into);
    return doc;
  }

  static SolrInputDocument seen(String feedName, String entryKey, String articleId) {
    SolrInputDocument doc = base(SEEN, seenKey(feedName, entryKey));
    doc.setField(STORY, articleId);
    return doc;
  }

  static String seenKey(String feedName, String entryKey) {
    return feedName + '\u001f' + entryKey;
  }

  static SolrInputDocument feed(FeedState state) {
    SolrInputDocument doc = base(FEED, state.feedName());
    doc.setField(RECORD, json(state));
    return doc;
  }

  static FeedState feedState(SolrDocument doc) {
    return read(doc, FeedState.class);
  }

  static Instant instant(SolrDocument doc, String field) {
    return Instant.ofEpochMilli(((Number) doc.getFirstValue(field)).longValue());
  }

  private static SolrInputDocument base(String kind, String key) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(ID, id(kind, key));
    doc.setField(KIND, kind);
    doc.setField(KEY, key);
    return doc;
  }

  private static <T> T read(SolrDocument doc, Class<T> type) {
    return fromJson((String) doc.getFirstValue(RECORD), type);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("writing a record as JSON", e);
    }
  }

  private static <T> T fromJson(String text, Class<T> type) {
    try {
      return JSON.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("reading a stored record: " + e.getOriginalMessage(), e);
    }
  }
}
