package dev.winnow.cli;

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
}
