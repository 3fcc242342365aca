package dev.winnow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.config.FetchSettings;
import dev.winnow.feed.FeedParseException;
import dev.winnow.feed.FeedParser;
import dev.winnow.feed.ParsedFeed;
import dev.winnow.fetch.FetchResult;
import dev.winnow.fetch.HttpFetcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = "How winnow reads a feed: one JSON object per feed (--json), or a short summary.")
final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|URL")
  List<String> targets;

  @Option(names = "--json", description = "One JSON object per feed, one per line.")
  boolean json;

  @Option(
      names = "--content-type",
      paramLabel = "VALUE",
      description = "Read files as if served with this Content-Type.")
  String contentType;

  @Option(
      names = "--content-location",
      paramLabel = "URL",
      description = "Resolve relative links against this URL.")
  URI contentLocation;

  private final FeedParser parser = new FeedParser();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int failed = 0;
    for (String target : targets) {
      ObjectNode result = Json.mapper().createObjectNode().put("file", target);
      try {
        FeedJson.describe(result, read(target));
      } catch (IOException | FeedParseException e) {
        result.put("ok", false).put("error", withoutTarget(e.getMessage(), target));
        failed++;
      }
      if (json || result.get("ok").asBoolean()) {
        out.println(json ? result.toString() : summary(result));
      } else {
        // a failure is an error line, on stderr as every command's are
        PrintWriter err = spec.commandLine().getErr();
        err.println("winnow: " + target + ": " + result.get("error").asText());
        err.flush();
      }
    }
    out.flush();
    return failed == targets.size() ? WinnowCommand.FAILURE : 0;
  }

  private ParsedFeed read(String target) throws IOException, FeedParseException {
    if (Fetching.isUrl(target)) {
      FetchResult.Fetched f =
          Fetching.body(
              new HttpFetcher(FetchSettings.DEFAULTS),
              URI.create(target),
              FetchSettings.DEFAULTS.maxFeedBytes());
      return parser.parse(f.body(), f.contentType(), f.finalUrl());
    }
    Path file = Path.of(target);
    if (Files.isDirectory(file)) {
      throw new IOException("a directory, not a feed file");
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such file");
    }
    URI base = contentLocation != null ? contentLocation : file.toAbsolutePath().toUri();
    return parser.parse(Files.readAllBytes(file), contentType, base);
  }

  /** Fetch errors name their URL; the result names it already. */
  private static String withoutTarget(String message, String target) {
    String prefix = target + ": ";
    return message != null && message.startsWith(prefix)
        ? message.substring(prefix.length())
        : message;
  }

  private static String summary(ObjectNode result) {
    return String.format(
        "%s: %s \"%s\", %d entries",
        result.get("file").asText(),
        result.get("format").asText(),
        result.get("feed").get("title").asText(),
        result.get("entries").size());
  }
}
