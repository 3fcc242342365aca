package dev.winnow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WinnowCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = WinnowCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void exitsTwoWithFileAndLineOnABrokenConfig() throws Exception {
    Path config = dir.resolve("feeds.yml");
    Files.writeString(
        config, "feeds:\n  - name: A\n    url: https://a.example/\n    colour: red\n");
    int code =
        run(
            "poll",
            "--once",
            "--config",
            config.toString(),
            "--index",
            dir.resolve("i").toString());
    assertEquals(2, code);
    assertTrue(
        err.toString().startsWith("winnow: " + config + ":4: unknown key 'colour'"),
        err.toString());
    assertEquals(1, err.toString().lines().count(), "one line, no stack trace");
  }

  @Test
  void exitsTwoOnAnUnknownOption() {
    assertEquals(2, run("stories", "--frobnicate"));
  }

  @Test
  void aBadValueIsOneLineNamingTheCommandTheOptionAndWhatIsAllowed() {
    assertEquals(2, run("stories", "--limit", "0"));
    assertEquals(
        "winnow stories: Invalid value for option '--limit': must be at least 1, not 0"
            + " (see winnow stories --help)",
        err.toString().strip());
    err.getBuffer().setLength(0);
    assertEquals(2, run("serve", "--port", "99999"));
    assertTrue(err.toString().contains("must be a port from 0 to 65535"), err.toString());
    assertEquals(1, err.toString().lines().count());
  }

  @Test
  void reclusterRefusesAnIndexThatDoesNotExistAndCreatesNone() throws Exception {
    Path config = dir.resolve("feeds.yml");
    Files.writeString(config, "feeds:\n  - name: A\n    url: https://a.example/\n");
    Path missing = dir.resolve("missing");
    assertEquals(1, run("recluster", "--index", missing.toString(), "--config", config.toString()));
    assertTrue(err.toString().contains("no index here yet"), err.toString());
    assertTrue(Files.notExists(missing));
  }

  @Test
  void exitsOneWithAOneLineErrorWhenThereIsNoIndex() {
    int code = run("stories", "--index", dir.resolve("missing").toString());
    assertEquals(1, code);
    assertTrue(err.toString().contains("no index here yet"), err.toString());
    assertEquals(1, err.toString().lines().count());
  }

  @Test
  void extractsEveryPageOfABatchDirectory() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("p1.html"),
        "<html><body><nav><a href=/>Home</a></nav><article><p>One paragraph of a page that says"
            + " something, at some length, for the extractor.</p></article></body></html>");
    assertEquals(0, run("extract", "--batch", in.toString(), dir.resolve("out").toString()));
    String text = Files.readString(dir.resolve("out").resolve("p1.txt"));
    assertTrue(text.startsWith("One paragraph of a page"), text);
  }
}
