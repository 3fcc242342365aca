package dev.winnow.cluster;

/**
 * What became of one article: the id it is stored under, and how it was clustered if it is new
 * (null when it was stored already: the same canonical URL, or the same outlet's same text).
 */
public record Decision(String articleId, ClusteredArticle clustered) {
  public boolean isNew() {
    return clustered != null;
  }
}
