package dev.winnow.cli;

import dev.winnow.config.StoreSettings;
import dev.winnow.store.StoreException;
import dev.winnow.store.StoreReader;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.Stores;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --index, shared by every command that reads or writes the index. */
final class IndexOptions {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "index",
      description = "Index directory (default: ${DEFAULT-VALUE}).")
  Path index;

  StoreWriter openForWriting(StoreSettings settings) throws StoreException {
    return Stores.openForWriting(index, settings);
  }

  /**
   * For commands that rewrite what is stored (recluster): a store that does not exist yet is an
   * error, as for the readers, rather than a new empty one.
   */
  StoreWriter openExistingForWriting(StoreSettings settings) throws StoreException {
    try (StoreReader existing = openReadOnly(settings)) {
      existing.articleCount();
    } catch (java.io.IOException e) {
      throw new StoreException(index, "cannot open the index: " + e.getMessage());
    }
    return openForWriting(settings);
  }

  StoreReader openReadOnly(StoreSettings settings) throws StoreException {
    return Stores.openReadOnly(index, settings);
  }
}
