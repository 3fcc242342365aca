package dev.winnow.store;

import dev.winnow.cluster.Story;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Read access to the store, safe from any number of threads: the HTTP server, the CLI and poll
 * workers. It sees what the writer last made searchable (a refresh or a commit), never the writer's
 * memory; opened read-only beside a running daemon, it sees what the daemon committed as of the
 * last {@link #refresh()}.
 */
public interface StoreReader extends Closeable {

  /** Stories, most recently updated first, each with its first articles' links. */
  List<Story> stories(int limit);

  /** A story by id; an id merged into another story resolves to that story. */
  Optional<Story> story(String storyId);

  /** The story an id names: a story's own id, or one of its articles' ids. */
  default Optional<Story> storyNamedBy(String storyOrArticleId) {
    return story(storyOrArticleId)
        .or(() -> article(storyOrArticleId).flatMap(a -> story(a.assignment().storyId())));
  }

  /** An article by its id, as stored. */
  Optional<StoredArticle> article(String articleId);

  /** The articles of a story, in published order. */
  List<StoredArticle> articlesOf(String storyId);

  /** Every stored article, oldest first, read from one snapshot as the stream is consumed. */
  ArticleStream articles();

  List<SearchHit> search(SearchQuery query) throws InvalidQueryException;

  FeedState feedState(String feedName);

  /** Whether an entry key of a feed was already ingested. */
  boolean hasSeen(String feedName, String entryKey);

  int articleCount();

  /** Picks up what a writer made searchable since the last refresh. */
  void refresh() throws IOException;
}
