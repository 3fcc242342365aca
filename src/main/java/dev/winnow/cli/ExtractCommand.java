package dev.winnow.cli;

import dev.winnow.config.FetchSettings;
import dev.winnow.extract.ArticleExtractor;
import dev.winnow.extract.ExtractedPage;
import dev.winnow.fetch.FetchResult;
import dev.winnow.fetch.HttpFetcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Body text of a page; --batch IN_DIR OUT_DIR turns IN_DIR/ID.html into OUT_DIR/ID.txt.")
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..2",
      paramLabel = "FILE|URL",
      description = "A page file or URL; with --batch, IN_DIR OUT_DIR.")
  java.util.List<String> targets = new java.util.ArrayList<>();

  @Option(names = "--batch", description = "Extract every IN_DIR/*.html into OUT_DIR/*.txt.")
  boolean batch;

  @Option(names = "--html", description = "Print the sanitized body HTML instead of text.")
  boolean html;

  @Option(names = "--json", description = "Print text, HTML and metadata as one JSON object.")
  boolean json;

  private final ArticleExtractor extractor = new ArticleExtractor();

  @Override
  public Integer call() throws Exception {
    if (batch) {
      if (targets.size() != 2) {
        throw new ParameterException(spec.commandLine(), "--batch needs IN_DIR and OUT_DIR");
      }
      return batch(Path.of(targets.get(0)), Path.of(targets.get(1)));
    }
    if (targets.size() != 1) {
      throw new ParameterException(
          spec.commandLine(), "give one FILE or URL (or --batch IN_DIR OUT_DIR)");
    }
    ExtractedPage page = extractOne(targets.get(0));
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? Json.mapper().writeValueAsString(page) : html ? page.html() : page.text());
    out.flush();
    return 0;
  }

  private ExtractedPage extractOne(String target) throws IOException {
    if (Fetching.isUrl(target)) {
      FetchSettings settings = FetchSettings.DEFAULTS;
      FetchResult.Fetched page =
          Fetching.body(new HttpFetcher(settings), URI.create(target), settings.maxPageBytes());
      return extractor.extract(
          page.body(), page.declaredCharset().orElse(null), page.finalUrl().toString());
    }
    Path file = Path.of(target);
    if (Files.isDirectory(file)) {
      throw new ParameterException(
          spec.commandLine(),
          target + " is a directory; give a page file, or --batch " + target + " OUT_DIR");
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException(target + ": no such file");
    }
    return extractor.extract(readCapped(file), null, file.toUri().toString());
  }

  private static byte[] readCapped(Path file) throws IOException {
    if (Files.size(file) > ArticleExtractor.MAX_PAGE_BYTES) {
      throw new IOException(
          file + ": larger than " + (ArticleExtractor.MAX_PAGE_BYTES >> 20) + " MB, not a page");
    }
    return Files.readAllBytes(file);
  }

  private int batch(Path in, Path out) throws IOException {
    if (!Files.isDirectory(in)) {
      throw new IOException(in + ": not a directory");
    }
    Files.createDirectories(out);
    int count = 0;
    List<Path> pages;
    try (Stream<Path> listed = Files.list(in)) {
      pages = listed.filter(p -> p.toString().matches("(?i).*\\.html?$")).sorted().toList();
    }
    try (Progress progress = Progress.of("pages", pages.size())) {
      for (Path page : pages) {
        progress.step();
        String name = page.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        ExtractedPage extracted =
            extractor.extract(readCapped(page), null, page.toUri().toString());
        Files.writeString(
            out.resolve(id + ".txt"), extracted.text() + "\n", StandardCharsets.UTF_8);
        count++;
      }
    }
    spec.commandLine().getErr().printf("winnow: extracted %d pages into %s%n", count, out);
    spec.commandLine().getErr().flush();
    return 0;
  }
}
