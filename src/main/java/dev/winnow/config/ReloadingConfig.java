package dev.winnow.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * feeds.yml as a running daemon sees it: re-read when the file's modification time changes. An edit
 * that does not validate is reported in one line and the last good configuration stays in force, so
 * a typo never stops polling.
 */
public final class ReloadingConfig implements Supplier<WinnowConfig> {
  private static final Logger LOG = LoggerFactory.getLogger(ReloadingConfig.class);

  private final Path file;
  private WinnowConfig current;
  private FileTime seen;

  public ReloadingConfig(Path file) throws ConfigException {
    this.file = file;
    this.seen = modified();
    this.current = ConfigLoader.load(file);
  }

  @Override
  public synchronized WinnowConfig get() {
    FileTime now = modified();
    if (now != null && !now.equals(seen)) {
      seen = now;
      try {
        current = ConfigLoader.load(file);
        LOG.info("reloaded {}: {} feeds", file, current.feeds().size());
      } catch (ConfigException e) {
        LOG.warn("{} (keeping the previous configuration)", e.getMessage());
      }
    }
    return current;
  }

  private FileTime modified() {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return seen; // a file being replaced is read again once it is back
    }
  }
}
