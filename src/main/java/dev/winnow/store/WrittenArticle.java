package dev.winnow.store;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.Assignment;
import dev.winnow.cluster.ClusteredArticle;
import dev.winnow.cluster.TextSignature;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article document's content: what is needed to write it again when its story merges into
 * another, without analyzing its text again.
 *
 * @param namesTf the participants' terms of its title and lead, with their mentions
 * @param contentHash its body hash, or null
 */
public record WrittenArticle(
    Article article,
    Assignment assignment,
    TextSignature signature,
    Map<String, Integer> namesTf,
    String contentHash) {

  public StoredArticle stored() {
    return new StoredArticle(article, assignment);
  }

  public WrittenArticle inStory(Assignment moved) {
    return new WrittenArticle(article, moved, signature, namesTf, contentHash);
  }

  /** The article as the clusterer handed it over, ready to write. */
  public static WrittenArticle of(ClusteredArticle clustered) {
    var analyzed = clustered.analyzed();
    return new WrittenArticle(
        analyzed.article(),
        clustered.assignment(),
        analyzed.signature(),
        analyzed.namesTf(),
        analyzed.contentHash());
  }

  /**
   * The same article moved into the story {@code into} by a merge, its signals saying so (its
   * signature is not computed again).
   */
  public WrittenArticle movedInto(String into, String from) {
    List<String> signals = new ArrayList<>(assignment.signals());
    signals.add("merged from " + from);
    return inStory(new Assignment(into, assignment.startsStory(), assignment.score(), signals));
  }

  /**
   * A story's articles as they stand now: the searchable ones, overridden by those written since
   * the last refresh (which a search cannot show yet), in or out of the story.
   */
  public static List<WrittenArticle> current(
      String storyId, List<WrittenArticle> searchable, Collection<WrittenArticle> unrefreshed) {
    Map<String, WrittenArticle> found = new LinkedHashMap<>();
    for (WrittenArticle a : searchable) {
      found.put(a.article().id(), a);
    }
    for (WrittenArticle later : unrefreshed) {
      if (later.assignment().storyId().equals(storyId)) {
        found.put(later.article().id(), later);
      } else {
        found.remove(later.article().id());
      }
    }
    return List.copyOf(found.values());
  }
}
