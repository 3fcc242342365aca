package dev.winnow.store.lucene;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.Assignment;
import dev.winnow.cluster.TextSignature;
import dev.winnow.store.StoredArticle;
import java.util.Map;

/**
 * An article document's content: what is needed to write it again when its story merges into
 * another, without analyzing its text again.
 *
 * @param namesTf the participants' terms of its title and lead, with their mentions
 * @param contentHash its body hash, or null
 */
record WrittenArticle(
    Article article,
    Assignment assignment,
    TextSignature signature,
    Map<String, Integer> namesTf,
    String contentHash) {

  StoredArticle stored() {
    return new StoredArticle(article, assignment);
  }

  WrittenArticle inStory(Assignment moved) {
    return new WrittenArticle(article, moved, signature, namesTf, contentHash);
  }
}
