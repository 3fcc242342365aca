package dev.winnow.cli;

import dev.winnow.config.ConfigException;
import dev.winnow.config.ConfigLoader;
import dev.winnow.config.StoreSettings;
import dev.winnow.config.WinnowConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --config, shared by every command that reads feeds.yml. */
final class ConfigOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      defaultValue = "feeds.yml",
      description = "Feed list and settings (default: ${DEFAULT-VALUE}).")
  Path config;

  WinnowConfig load() throws ConfigException {
    return ConfigLoader.load(config);
  }

  /**
   * Where the stories are, for commands that only read them: feeds.yml's {@code store} section
   * where the file exists, else the embedded index.
   */
  StoreSettings store() throws ConfigException {
    return Files.exists(config) ? load().store() : StoreSettings.EMBEDDED;
  }
}
