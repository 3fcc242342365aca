package dev.winnow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.store.SearchHit;
import dev.winnow.store.SearchQuery;
import dev.winnow.store.StoreReader;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search stored articles; each hit names its story.")
final class SearchCommand implements Callable<Integer> {
  @Mixin ConfigOptions config;
  @Mixin IndexOptions index;
  @Spec CommandSpec spec;

  /** The edge where the system clock enters; tests may replace it. */
  InstantSource clock = InstantSource.system();

  @Parameters(paramLabel = "QUERY", description = "Words, \"phrases\", AND/OR/NOT, title:word.")
  String query;

  @Option(
      names = "--since",
      paramLabel = "AGE",
      description = "Only articles newer than this: 2d, 12h, 30m.",
      converter = AgeConverter.class)
  Duration since;

  @Option(names = "--source", paramLabel = "NAME", description = "Only articles of this feed.")
  String source;

  @Option(
      names = "--limit",
      defaultValue = "20",
      converter = CliValues.AtLeastOne.class,
      description = "Most hits to print (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "One JSON object per hit.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Instant from = since == null ? null : clock.instant().minus(since);
    try (StoreReader store = index.openReadOnly(config.store())) {
      List<SearchHit> hits = store.search(SearchQuery.parse(query, from, source, limit));
      PrintWriter out = spec.commandLine().getOut();
      ObjectMapper mapper = Json.mapper();
      for (SearchHit hit : hits) {
        if (json) {
          out.println(mapper.writeValueAsString(hit));
        } else {
          out.printf(
              "%s  %-20s  %s  %s%n",
              hit.storyId(),
              TerminalText.shown(hit.outlet()),
              hit.published(),
              TerminalText.shown(hit.title()));
        }
      }
      out.flush();
      return 0;
    }
  }
}
