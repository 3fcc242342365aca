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

  StoreReader openReadOnly(StoreSettings settings) throws StoreException {
    return Stores.openReadOnly(index, settings);
  }
}
