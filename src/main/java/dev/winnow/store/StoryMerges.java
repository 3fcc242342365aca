package dev.winnow.store;

import dev.winnow.cluster.Assignment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/** Two stories made one in the index, uncommitted, with the writer's pending view kept in step. */
final class StoryMerges {
  private StoryMerges() {}

  /**
   * Folds story {@code from} into {@code into}: its articles move, the records and centroids add
   * up, and {@code from} is kept as a name that resolves to {@code into}.
   */
  static void merge(IndexWriter writer, PendingWrites pending, String from, String into)
      throws IOException {
    Optional<StoryState> source = pending.stateOf(from);
    Optional<StoryState> target = pending.stateOf(into);
    if (from.equals(into) || source.isEmpty() || target.isEmpty()) {
      return;
    }
    for (StoredArticle moved : pending.articlesIn(from)) {
      Assignment was = moved.assignment();
      List<String> signals = new ArrayList<>(was.signals());
      signals.add("merged from " + from);
      Assignment now = new Assignment(into, was.startsStory(), was.score(), signals);
      writer.updateDocument(
          new Term(Fields.ID, moved.article().id()),
          Fields.article(moved.article(), now, TextSignatures.of(moved.article())));
      pending.added(new StoredArticle(moved.article(), now));
    }
    pending.candidates.replaceAll(c -> c.storyId().equals(from) ? c.inStory(into) : c);
    StoryState merged = target.get().merged(source.get());
    pending.removeStory(from);
    Set<String> keys = pending.putStory(merged);
    writer.deleteDocuments(new Term(Fields.STORY_KEY, from));
    writer.updateDocument(new Term(Fields.STORY_KEY, into), Fields.story(merged, keys));
    writer.updateDocument(new Term(Fields.MERGED_KEY, from), Fields.merged(from, into));
    pending.merges.put(from, into);
  }
}
