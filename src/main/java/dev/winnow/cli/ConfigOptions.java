package dev.winnow.cli;

import dev.winnow.config.ConfigException;
import dev.winnow.config.ConfigLoader;
import dev.winnow.config.WinnowConfig;
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
}
