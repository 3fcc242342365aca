package dev.winnow.store;

import dev.winnow.config.FeedSource;
import java.util.List;

/**
 * Which of the configured feeds this instance polls. Alone on its store it polls them all; several
 * instances sharing one store split them, each feed to exactly one live instance.
 */
public interface FeedShare {
  /** Every feed: the store is this instance's alone. */
  FeedShare ALL =
      new FeedShare() {
        @Override
        public List<FeedSource> mine(List<FeedSource> feeds) {
          return feeds;
        }

        @Override
        public String describe() {
          return "alone: every feed";
        }
      };

  /** The feeds this instance polls now, of those configured (the same list on every instance). */
  List<FeedSource> mine(List<FeedSource> feeds);

  /** One line for /health and the log: how the work is shared, as of the last call to mine. */
  String describe();
}
