package dev.winnow.cli;

import dev.winnow.cluster.Story;
import dev.winnow.store.ArticleStream;
import dev.winnow.store.StoreReader;
import dev.winnow.store.StoredArticle;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description =
        "Stories, most recently updated first; --export tsv prints article-url<TAB>story-id.")
final class StoriesCommand implements Callable<Integer> {
  @Mixin ConfigOptions config;
  @Mixin IndexOptions index;
  @Spec CommandSpec spec;

  @Option(
      names = "--limit",
      defaultValue = "50",
      converter = CliValues.AtLeastOne.class,
      description = "Most stories to print (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "One JSON object per story.")
  boolean json;

  @Option(
      names = "--export",
      paramLabel = "tsv",
      description = "Every article as article-url<TAB>story-id.")
  String export;

  @Override
  public Integer call() throws Exception {
    if (export != null && !export.equals("tsv")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--export takes only 'tsv'");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (StoreReader store = index.openReadOnly(config.store())) {
      if (export != null) {
        try (ArticleStream all = store.articles()) {
          for (StoredArticle stored : all) {
            var url = stored.article().url();
            // an article without a link is named by its id, so every article still has one line
            String name =
                url == null ? "urn:winnow:article:" + stored.article().id() : url.toString();
            out.println(name + "\t" + stored.assignment().storyId());
          }
        }
      } else {
        for (Story story : store.stories(limit)) {
          if (json) {
            out.println(Json.mapper().writeValueAsString(story));
          } else {
            out.printf(
                "%s  %s  %2d  %s%n",
                story.id(),
                story.updated(),
                story.articleCount(),
                TerminalText.shown(story.title()));
          }
        }
      }
    }
    out.flush();
    return 0;
  }
}
