package dev.winnow.store.lucene;

import dev.winnow.feed.PollingHints;
import dev.winnow.store.FeedState;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

/** A feed's state document: validators, errors, moves and the publisher's polling hints. */
final class FeedStateFields {
  private FeedStateFields() {}

  static Document of(FeedState s) {
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, Fields.FEED, Field.Store.NO));
    doc.add(new StringField("feedName", s.feedName(), Field.Store.YES));
    if (s.etag() != null) {
      doc.add(new StoredField("etag", s.etag()));
    }
    if (s.lastModified() != null) {
      doc.add(new StoredField("lastModified", s.lastModified()));
    }
    if (s.lastPolled() != null) {
      doc.add(new StoredField("lastPolled", s.lastPolled().toEpochMilli()));
    }
    if (s.lastSuccess() != null) {
      doc.add(new StoredField("lastSuccess", s.lastSuccess().toEpochMilli()));
    }
    doc.add(new StoredField("lastError", s.lastError()));
    doc.add(new StoredField("errors", s.consecutiveErrors()));
    Fields.storeIfPresent(doc, "movedFrom", s.movedFrom());
    Fields.storeIfPresent(doc, "movedTo", s.movedTo());
    Fields.storeIfPresent(doc, "goneUrl", s.goneUrl());
    if (s.retryAt() != null) {
      doc.add(new StoredField("retryAt", s.retryAt().toEpochMilli()));
    }
    storeHints(doc, s.hints());
    return doc;
  }

  static FeedState read(Document doc) {
    return new FeedState(
        doc.get("feedName"),
        doc.get("etag"),
        doc.get("lastModified"),
        Fields.instant(doc, "lastPolled"),
        Fields.instant(doc, "lastSuccess"),
        doc.get("lastError"),
        doc.getField("errors").numericValue().intValue(),
        Fields.uriOrNull(doc.get("movedFrom")),
        Fields.uriOrNull(doc.get("movedTo")),
        Fields.uriOrNull(doc.get("goneUrl")),
        Fields.instant(doc, "retryAt"),
        hints(doc));
  }

  private static void storeHints(Document doc, PollingHints hints) {
    if (hints.ttl() != null) {
      doc.add(new StoredField("hintTtl", hints.ttl().toSeconds()));
    }
    if (hints.typicalGap() != null) {
      doc.add(new StoredField("typicalGap", hints.typicalGap().toSeconds()));
    }
    hints.skipHours().forEach(h -> doc.add(new StoredField("skipHour", h)));
    hints.skipDays().forEach(d -> doc.add(new StoredField("skipDay", d.name())));
  }

  private static PollingHints hints(Document doc) {
    var ttl = doc.getField("hintTtl");
    Set<Integer> hours = new HashSet<>();
    for (var f : doc.getFields("skipHour")) {
      hours.add(f.numericValue().intValue());
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String d : doc.getValues("skipDay")) {
      days.add(DayOfWeek.valueOf(d));
    }
    var gap = doc.getField("typicalGap");
    return new PollingHints(
        ttl == null ? null : Duration.ofSeconds(ttl.numericValue().longValue()),
        hours,
        days,
        gap == null ? null : Duration.ofSeconds(gap.numericValue().longValue()));
  }
}
