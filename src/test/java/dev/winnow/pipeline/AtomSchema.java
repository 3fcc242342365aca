package dev.winnow.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Validates Atom against RFC 4287's RELAX NG schema, kept in ../shared beside the checkout. */
final class AtomSchema {
  static final Path SCHEMA = Path.of("..", "shared", "bench", "feedvalidation", "atom.rnc");

  private AtomSchema() {}

  static void assertValid(byte[] atom) throws Exception {
    assertTrue(
        Files.isRegularFile(SCHEMA), "the Atom schema must be at " + SCHEMA.toAbsolutePath());
    List<String> errors = new ArrayList<>();
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, collecting(errors));
    ValidationDriver driver =
        new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
    assertTrue(
        driver.loadSchema(ValidationDriver.fileInputSource(SCHEMA.toFile())), "schema loads");
    boolean valid = driver.validate(new InputSource(new ByteArrayInputStream(atom)));
    assertTrue(valid && errors.isEmpty(), "Atom is invalid: " + errors);
  }

  private static ErrorHandler collecting(List<String> errors) {
    return new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
  }
}
