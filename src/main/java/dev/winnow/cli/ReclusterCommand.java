package dev.winnow.cli;

import dev.winnow.config.WinnowConfig;
import dev.winnow.pipeline.Pipeline;
import dev.winnow.store.StoreWriter;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "recluster",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild every story from the stored articles with the current cluster settings,",
      "without refetching. Readers see the old stories until it finishes."
    })
final class ReclusterCommand implements Callable<Integer> {
  @Mixin ConfigOptions config;
  @Mixin IndexOptions index;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "The counts as one JSON object.")
  boolean json;

  record Reclustered(int articles, int stories) {}

  @Override
  public Integer call() throws Exception {
    WinnowConfig cfg = config.load();
    try (StoreWriter store = index.openExistingForWriting(cfg.store())) {
      int n;
      try (Progress progress = Progress.of("articles", store.reader().articleCount())) {
        n = new Pipeline(cfg, store, InstantSource.system()).reclusterAll(progress::step);
      }
      int stories = store.reader().stories(Integer.MAX_VALUE).size();
      if (json) {
        spec.commandLine()
            .getOut()
            .println(Json.mapper().writeValueAsString(new Reclustered(n, stories)));
      } else {
        spec.commandLine().getOut().printf("reclustered %d articles into %d stories%n", n, stories);
      }
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
