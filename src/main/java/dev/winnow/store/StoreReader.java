package dev.winnow.store;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/** Read access to the store; the CLI opens one read-only while the daemon writes. */
public interface StoreReader extends Closeable {

  /** Stories, most recently updated first. */
  List<Story> stories(int limit);

  /** A story by id; an id merged into another story resolves to that story. */
  Optional<Story> story(String storyId);

  /** The articles of a story, in published order. */
  List<StoredArticle> articlesOf(String storyId);

  /** Every stored article, in published order (for exports and reclustering). */
  List<StoredArticle> allArticles();

  List<SearchHit> search(SearchQuery query) throws InvalidQueryException;

  FeedState feedState(String feedName);

  /** Whether an entry key of a feed was already ingested. */
  boolean hasSeen(String feedName, String entryKey);

  /** The article with this id, if stored. */
  Optional<StoredArticle> article(String articleId);

  /** A stored article with the given outlet and body text hash (see ArticleIds.contentHashOf). */
  Optional<StoredArticle> articleWithText(String outlet, String contentHash);

  int articleCount();
}
