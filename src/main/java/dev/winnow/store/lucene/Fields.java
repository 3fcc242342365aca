package dev.winnow.store.lucene;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.ArticleIds;
import dev.winnow.cluster.ArticleLink;
import dev.winnow.cluster.Assignment;
import dev.winnow.cluster.Story;
import dev.winnow.cluster.StoryCentroid;
import dev.winnow.cluster.StoryState;
import dev.winnow.cluster.TextAnalysis;
import dev.winnow.store.StoredArticle;
import dev.winnow.store.WrittenArticle;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;

/** Field names and the mapping between records and Lucene documents. */
final class Fields {
  /** Which kind of record a document holds: one index, four kinds, one commit. */
  static final String KIND = "kind";

  static final String ARTICLE = "article";
  static final String SEEN = "seen";
  static final String FEED = "feed";
  static final String STORY = "story";

  /** A story merged into another: its id keeps resolving to the one it became part of. */
  static final String MERGED = "merged";

  static final String MERGED_KEY = "mergedKey";
  static final String MERGED_INTO = "mergedInto";

  /** A story's strongest centroid terms, indexed so stories can be found by what they report. */
  static final String STORY_TERM = "storyTerm";

  static final String STORY_SIZE = "storySize";

  static final String ID = "id";
  static final String STORY_ID = "story";

  /** Key of a story's own record; distinct from STORY_ID, which its articles carry too. */
  static final String STORY_KEY = "storyKey";

  static final String OUTLET = "outlet";
  static final String TITLE = "title";
  static final String STORY_TITLE = "storyTitle";
  static final String ALL_TEXT = "all";
  static final String PUBLISHED = "published";
  static final String UPDATED = "updated";
  static final String SEEN_KEY = "seenKey";
  static final String CONTENT_HASH = "contentHash";
  static final String SIGNATURE = "signature";

  /** The participants' terms, once a mention: analyzed tokens, which hold no whitespace. */
  static final String NAMES = "names";

  /** An article's or story's categories, stored only: feeds filter the recent stories by them. */
  static final String CATEGORY = "category";

  /** A story's first articles' links, so a feed renders from story records alone. */
  static final String FIRST_ARTICLES = "firstArticle";

  /** Analyzed, not stored, with term vectors: the clusterer reads each doc's term weights. */
  static final FieldType VECTORED_TEXT = vectored(false);

  /** The same, stored: titles are read back and weighed. */
  static final FieldType STORED_VECTORED_TEXT = vectored(true);

  private Fields() {}

  private static FieldType vectored(boolean stored) {
    FieldType type = new FieldType();
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.setTokenized(true);
    type.setStoreTermVectors(true);
    type.setStored(stored);
    type.freeze();
    return type;
  }

  static Document article(WrittenArticle w) {
    Article a = w.article();
    Assignment as = w.assignment();
    Document doc = new Document();
    if (w.signature().isKnown()) {
      doc.add(new StoredField(SIGNATURE, SignatureBytes.encode(w.signature())));
    }
    doc.add(new StoredField(NAMES, StoredNames.encode(w.namesTf())));
    doc.add(new StringField(KIND, ARTICLE, Field.Store.NO));
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    doc.add(new StringField(STORY_ID, as.storyId(), Field.Store.YES));
    doc.add(new StringField(OUTLET, a.outlet(), Field.Store.YES));
    if (w.contentHash() != null) {
      doc.add(new StringField(CONTENT_HASH, w.contentHash(), Field.Store.YES));
    }
    storeIfPresent(doc, "url", a.url()); // absent: an entry without a link
    doc.add(new Field(TITLE, a.title(), STORED_VECTORED_TEXT));
    doc.add(new Field(ALL_TEXT, TextAnalysis.allText(a), VECTORED_TEXT));
    doc.add(new StoredField("summary", a.summary()));
    doc.add(new StoredField("text", a.text()));
    doc.add(new StoredField("html", a.html()));
    doc.add(new StoredField("author", a.author()));
    doc.add(new StoredField("bodySource", a.bodySource()));
    addInstant(doc, PUBLISHED, a.published());
    doc.add(new StoredField("fetched", a.fetched().toEpochMilli()));
    doc.add(new StoredField("starts", as.startsStory() ? 1 : 0));
    doc.add(new StoredField("score", as.score()));
    doc.add(new StoredField("signals", String.join("; ", as.signals())));
    a.categories().forEach(c -> doc.add(new StoredField(CATEGORY, c)));
    return doc;
  }

  static StoredArticle toArticle(Document doc) {
    return toWritten(doc).stored();
  }

  /** The article document as written; a hash not stored (older indexes) is computed again. */
  static WrittenArticle toWritten(Document doc) {
    Article article =
        new Article(
            doc.get(ID),
            uriOrNull(doc.get("url")),
            doc.get(OUTLET),
            doc.get(TITLE),
            doc.get("summary"),
            doc.get("text"),
            doc.get("html"),
            doc.get("author"),
            doc.get("bodySource"),
            instant(doc, PUBLISHED),
            instant(doc, "fetched"),
            Arrays.asList(doc.getValues(CATEGORY)));
    String signals = doc.get("signals");
    Assignment assignment =
        new Assignment(
            doc.get(STORY_ID),
            doc.getField("starts").numericValue().intValue() == 1,
            doc.getField("score").numericValue().doubleValue(),
            signals == null || signals.isEmpty() ? List.of() : Arrays.asList(signals.split("; ")));
    String hash = doc.get(CONTENT_HASH);
    String names = doc.get(NAMES);
    return new WrittenArticle(
        article,
        assignment,
        SignatureBytes.decode(doc.getBinaryValue(SIGNATURE)),
        names != null ? StoredNames.decode(names) : TextAnalysis.participantsOf(article),
        hash != null ? hash : ArticleIds.contentHashOf(article).orElse(null));
  }

  static Document story(StoryState state) {
    Story s = state.story();
    Document doc = new Document();
    doc.add(new StringField(KIND, STORY, Field.Store.NO));
    doc.add(new StringField(STORY_KEY, s.id(), Field.Store.YES));
    doc.add(new StoredField(STORY_TITLE, s.title()));
    doc.add(new StoredField("summary", s.summary()));
    storeIfPresent(doc, "link", s.link());
    addInstant(doc, PUBLISHED, s.published());
    addInstant(doc, UPDATED, s.updated());
    doc.add(new StoredField("count", s.articleCount()));
    doc.add(new IntPoint(STORY_SIZE, s.articleCount()));
    for (String outlet : s.outlets()) {
      doc.add(new StoredField("outlets", outlet));
    }
    for (ArticleLink link : s.firstArticles()) {
      doc.add(new StoredField(FIRST_ARTICLES, StoredLinks.encode(link)));
    }
    s.categories().forEach(c -> doc.add(new StoredField(CATEGORY, c)));
    doc.add(new StoredField("centroidTitle", CentroidText.encode(state.centroid().title())));
    doc.add(new StoredField("centroidBody", CentroidText.encode(state.centroid().body())));
    doc.add(new StoredField("centroidNames", CentroidText.encode(state.centroid().names())));
    doc.add(new StoredField("representativeLength", state.representativeLength()));
    for (String term : state.centroid().keyTerms()) {
      doc.add(new StringField(STORY_TERM, term, Field.Store.NO));
    }
    return doc;
  }

  static Document merged(String storyId, String into) {
    Document doc = new Document();
    doc.add(new StringField(KIND, MERGED, Field.Store.NO));
    doc.add(new StringField(MERGED_KEY, storyId, Field.Store.NO));
    doc.add(new StoredField(MERGED_INTO, into));
    return doc;
  }

  static StoryState toStoryState(Document doc) {
    var length = doc.getField("representativeLength");
    return new StoryState(
        toStory(doc),
        new StoryCentroid(
            CentroidText.decode(doc.get("centroidTitle")),
            CentroidText.decode(doc.get("centroidBody")),
            CentroidText.decode(doc.get("centroidNames"))),
        length == null ? 0 : length.numericValue().intValue());
  }

  static Story toStory(Document doc) {
    return new Story(
        doc.get(STORY_KEY),
        doc.get(STORY_TITLE),
        doc.get("summary"),
        uriOrNull(doc.get("link")),
        instant(doc, PUBLISHED),
        instant(doc, UPDATED),
        doc.getField("count").numericValue().intValue(),
        Arrays.asList(doc.getValues("outlets")),
        StoredLinks.decode(doc.getValues(FIRST_ARTICLES)),
        Arrays.asList(doc.getValues(CATEGORY)));
  }

  static Document seen(String feedName, String entryKey, String articleId) {
    Document doc = new Document();
    doc.add(new StringField(KIND, SEEN, Field.Store.NO));
    doc.add(new StringField(SEEN_KEY, seenKey(feedName, entryKey), Field.Store.NO));
    doc.add(new StoredField("articleId", articleId));
    return doc;
  }

  static String seenKey(String feedName, String entryKey) {
    return feedName + '\u001f' + entryKey;
  }

  static void storeIfPresent(Document doc, String name, URI value) {
    if (value != null) {
      doc.add(new StoredField(name, value.toString()));
    }
  }

  static URI uriOrNull(String value) {
    return value == null ? null : URI.create(value);
  }

  /** Point for range filters, doc values for sorting, stored for reading back. */
  private static void addInstant(Document doc, String name, Instant value) {
    long millis = value.toEpochMilli();
    doc.add(new LongPoint(name, millis));
    doc.add(new NumericDocValuesField(name, millis));
    doc.add(new StoredField(name, millis));
  }

  static Instant instant(Document doc, String name) {
    var field = doc.getField(name);
    return field == null ? null : Instant.ofEpochMilli(field.numericValue().longValue());
  }
}
