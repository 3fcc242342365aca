package dev.winnow.store.lucene;

import dev.winnow.cluster.ClusteredArticle.StoryMerge;
import dev.winnow.store.WrittenArticle;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/** A merge the clusterer decided, written uncommitted: the articles move, the old id aliases. */
final class StoryMerges {
  private StoryMerges() {}

  /**
   * Moves story {@code merge.from()}'s articles, searchable or written since the last refresh, into
   * the merged story, each rewritten from its stored form (its signature is not computed again);
   * replaces the two records by the merged one and keeps the old id as an alias.
   */
  static void merge(
      IndexWriter writer,
      IndexQueries queries,
      Map<String, WrittenArticle> unrefreshed,
      StoryMerge merge)
      throws IOException {
    String from = merge.from();
    String into = merge.into().story().id();
    List<WrittenArticle> moving =
        WrittenArticle.current(from, queries.writtenArticlesOf(from), unrefreshed.values());
    for (WrittenArticle moved : moving) {
      WrittenArticle now = moved.movedInto(into, from);
      writer.updateDocument(new Term(Fields.ID, moved.article().id()), Fields.article(now));
      unrefreshed.put(moved.article().id(), now);
    }
    writer.deleteDocuments(new Term(Fields.STORY_KEY, from));
    writer.updateDocument(new Term(Fields.STORY_KEY, into), Fields.story(merge.into()));
    writer.updateDocument(new Term(Fields.MERGED_KEY, from), Fields.merged(from, into));
  }
}
