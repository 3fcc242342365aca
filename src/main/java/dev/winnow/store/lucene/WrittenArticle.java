package dev.winnow.store.lucene;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.Assignment;
import dev.winnow.cluster.TextSignature;
import dev.winnow.store.StoredArticle;

/**
 * An article document's content: what is needed to write it again when its story merges into
 * another, without analyzing its text again.
 *
 * @param contentHash its body hash, or null
 */
record WrittenArticle(
    Article article, Assignment assignment, TextSignature signature, String contentHash) {

  StoredArticle stored() {
    return new StoredArticle(article, assignment);
  }

  WrittenArticle inStory(Assignment moved) {
    return new WrittenArticle(article, moved, signature, contentHash);
  }
}
