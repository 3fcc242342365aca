package dev.winnow.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.input.SAXBuilder;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Validates Atom against RFC 4287's RELAX NG schema when ../shared is beside the checkout (as CI
 * has it); a clone without it still checks the RFC's required elements (§4.1.1, §4.1.2, §3.3).
 */
final class AtomSchema {
  static final Path SCHEMA = Path.of("..", "shared", "bench", "feedvalidation", "atom.rnc");

  private AtomSchema() {}

  static void assertValid(byte[] atom) throws Exception {
    if (!Files.isRegularFile(SCHEMA)) {
      assertRequiredElements(atom);
      return;
    }
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

  private static void assertRequiredElements(byte[] atom) throws Exception {
    Namespace ns = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    Element feed = new SAXBuilder().build(new ByteArrayInputStream(atom)).getRootElement();
    assertTrue(feed.getName().equals("feed") && feed.getNamespace().equals(ns), "atom:feed root");
    boolean feedAuthor = !feed.getChildren("author", ns).isEmpty();
    assertRequired(feed, ns);
    for (Element entry : feed.getChildren("entry", ns)) {
      assertRequired(entry, ns);
      assertTrue(feedAuthor || !entry.getChildren("author", ns).isEmpty(), "an author");
    }
  }

  /** Exactly one id, title and updated (an RFC 3339 date-time). */
  private static void assertRequired(Element e, Namespace ns) {
    for (String name : List.of("id", "title", "updated")) {
      assertEquals(1, e.getChildren(name, ns).size(), e.getName() + " has one " + name);
    }
    OffsetDateTime.parse(e.getChildText("updated", ns));
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
