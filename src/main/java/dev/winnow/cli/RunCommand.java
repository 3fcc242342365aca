package dev.winnow.cli;

import dev.winnow.config.ReloadingConfig;
import dev.winnow.config.WinnowConfig;
import dev.winnow.pipeline.PollLoop;
import dev.winnow.pipeline.PollMetrics;
import dev.winnow.serve.MergedFeed;
import dev.winnow.serve.WebServer;
import dev.winnow.store.StoreWriter;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Poll feeds on schedule and serve the merged feed (the daemon).")
final class RunCommand implements Callable<Integer> {
  @Mixin ConfigOptions config;
  @Mixin IndexOptions index;

  @Mixin ServerOptions listen;

  @Override
  public Integer call() throws Exception {
    ReloadingConfig configs = new ReloadingConfig(config.config);
    WinnowConfig cfg = configs.get();
    InstantSource clock = InstantSource.system();
    StoreWriter store = index.openForWriting(cfg.store());
    MergedFeed feed = Serving.mergedFeed(store.reader(), listen.host, listen.port, clock);
    PollMetrics metrics = new PollMetrics(store.reader());
    PollLoop loop = new PollLoop(configs, store, clock, metrics);
    CountDownLatch closed = new CountDownLatch(1);
    try (WebServer server =
        Serving.start(store.reader(), configs, feed, listen.host, listen.port, clock, metrics)) {
      org.slf4j.LoggerFactory.getLogger(RunCommand.class)
          .info(
              "serving http://{}:{}/ and /feed.atom, polling {} feeds",
              listen.host,
              server.port(),
              cfg.feeds().size());
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    loop.stop();
                    try {
                      // SIGTERM: let the feed in flight commit and the index close, within 10 s.
                      closed.await(9, TimeUnit.SECONDS);
                    } catch (InterruptedException ignored) {
                      Thread.currentThread().interrupt();
                    }
                  }));
      loop.run(feed::invalidate);
    } finally {
      store.close();
      closed.countDown();
    }
    return 0;
  }
}
