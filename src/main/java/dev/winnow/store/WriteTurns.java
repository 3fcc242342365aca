package dev.winnow.store;

import java.io.IOException;

/**
 * Instances sharing a store take turns to decide and write stories, one at a time: each then
 * clusters against everything the others committed, so stories come out as one instance's would.
 * Fetching and extracting go on in parallel; only clustering and its writes are taken in turn. A
 * store of one instance's own needs no turns.
 */
public interface WriteTurns {
  /** Alone: every turn is this instance's, and nobody else writes. */
  WriteTurns ALONE =
      new WriteTurns() {
        @Override
        public boolean take() {
          return false;
        }

        @Override
        public void release() {}
      };

  /**
   * Waits for this instance's turn. True when another instance wrote since this one's last turn
   * (what this instance remembers of the store, its document frequencies above all, is stale).
   */
  boolean take() throws IOException;

  /** Ends the turn, after a commit: the next instance waiting takes it. */
  void release() throws IOException;
}
