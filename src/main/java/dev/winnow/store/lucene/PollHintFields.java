package dev.winnow.store.lucene;

import dev.winnow.feed.PollingHints;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;

/** A feed's polling hints in its state document. */
final class PollHintFields {
  private PollHintFields() {}

  static void store(Document doc, PollingHints hints) {
    if (hints.ttl() != null) {
      doc.add(new StoredField("hintTtl", hints.ttl().toSeconds()));
    }
    if (hints.typicalGap() != null) {
      doc.add(new StoredField("typicalGap", hints.typicalGap().toSeconds()));
    }
    hints.skipHours().forEach(h -> doc.add(new StoredField("skipHour", h)));
    hints.skipDays().forEach(d -> doc.add(new StoredField("skipDay", d.name())));
  }

  static PollingHints read(Document doc) {
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
