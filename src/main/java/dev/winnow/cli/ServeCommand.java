package dev.winnow.cli;

import dev.winnow.config.StoreSettings;
import dev.winnow.config.WinnowConfig;
import dev.winnow.serve.MergedFeed;
import dev.winnow.serve.WebServer;
import dev.winnow.store.StoreReader;
import java.nio.file.Files;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the merged feed from the index, without polling (reads while a poller writes).")
final class ServeCommand implements Callable<Integer> {
  private static final long REFRESH_MILLIS = 30_000;

  @Mixin ConfigOptions config;
  @Mixin IndexOptions index;

  @Mixin ServerOptions listen;

  @Override
  public Integer call() throws Exception {
    WinnowConfig cfg = Files.exists(config.config) ? config.load() : null;
    InstantSource clock = InstantSource.system();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
    try (StoreReader store =
        index.openReadOnly(cfg != null ? cfg.store() : StoreSettings.EMBEDDED)) {
      MergedFeed feed = Serving.mergedFeed(store, listen.host, listen.port, clock);
      try (WebServer server =
          Serving.start(store, () -> cfg, feed, listen.host, listen.port, clock, null)) {
        System.err.printf("winnow: serving http://%s:%d/feed.atom%n", listen.host, server.port());
        while (!stop.await(REFRESH_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
          store.refresh(); // pick up what a poller committed meanwhile
          feed.invalidate();
        }
      }
    }
    return 0;
  }
}
