package dev.winnow.config;

import java.nio.file.Path;

/** feeds.yml could not be used; carries where, so the message can say file:line. */
public final class ConfigException extends Exception {
  private final Path file;
  private final int line;

  public ConfigException(Path file, int line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
  }

  public Path file() {
    return file;
  }

  /** 1-based line of the problem, or 0 when it is not tied to a line. */
  public int line() {
    return line;
  }
}
