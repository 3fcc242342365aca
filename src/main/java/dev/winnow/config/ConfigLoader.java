package dev.winnow.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads feeds.yml strictly: unknown keys and bad values are refused with file and line. */
public final class ConfigLoader {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          // a key written twice is a mistake (YAML 1.2 §3.2.1.1: keys are unique), not "last wins"
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private static final Pattern QUOTED = Pattern.compile("'[^']*'");

  private ConfigLoader() {}

  public static WinnowConfig load(Path file) throws ConfigException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      WinnowConfig config = YAML.readValue(reader, WinnowConfig.class);
      if (config == null) {
        throw new ConfigException(file, 0, "the file is empty; it needs a 'feeds:' list");
      }
      return config;
    } catch (NoSuchFileException e) {
      throw new ConfigException(file, 0, "no such file");
    } catch (JsonProcessingException e) {
      String problem = describe(e);
      throw new ConfigException(
          file, ProblemLines.find(file, lineOf(e.getLocation()), problem), problem);
    } catch (IOException e) {
      throw new ConfigException(file, 0, "cannot read: " + e.getMessage());
    }
  }

  private static int lineOf(JsonLocation location) {
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  private static String describe(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      String known =
          unknown.getKnownPropertyIds().stream()
              .map(Object::toString)
              .sorted()
              .collect(Collectors.joining(", "));
      return "unknown key '" + unknown.getPropertyName() + "' (known here: " + known + ")";
    }
    Throwable cause = e.getCause();
    if (cause instanceof IllegalArgumentException bad) {
      return bad.getMessage();
    }
    if (e instanceof InvalidFormatException format) {
      return pathOf(format)
          + ": '"
          + format.getValue()
          + "' is not a valid "
          + format.getTargetType().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
    if (e instanceof MismatchedInputException missing
        && missing.getOriginalMessage().startsWith("Missing required")) {
      Matcher key = QUOTED.matcher(missing.getOriginalMessage());
      return "missing required key "
          + (key.find() ? key.group() : "")
          + " in "
          + pathOf(missing).replaceAll("\\.[^.\\[]+$", "");
    }
    if (e.getOriginalMessage().startsWith("Duplicate field")) {
      Matcher key = QUOTED.matcher(e.getOriginalMessage());
      return "key " + (key.find() ? key.group() : "") + " is written twice; keep one";
    }
    if (e.getOriginalMessage().startsWith("No content to map")) {
      return "the file is empty; it needs a 'feeds:' list";
    }
    String where = e instanceof JsonMappingException m ? pathOf(m) : "";
    String message = yamlProblem(e.getOriginalMessage());
    return where.isEmpty() ? message : where + ": " + message;
  }

  /**
   * SnakeYAML's messages put context, position and a caret on separate lines; keep the sentences:
   * "while parsing a flow node: expected the node content, but found '<stream end>'".
   */
  private static String yamlProblem(String original) {
    return original
        .lines()
        .filter(line -> !line.isBlank() && !line.startsWith(" "))
        .collect(Collectors.joining(": "));
  }

  private static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }
}
