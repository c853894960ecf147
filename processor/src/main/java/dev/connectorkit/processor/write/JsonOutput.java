package dev.connectorkit.processor.write;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The one JSON format of every file we write: UTF-8, two-space indent, {@code "key": value}, LF
 * line ends, arrays one element a line, empty containers as {@code []} and {@code {}}, and a final
 * newline; the same bytes on every machine.
 */
public final class JsonOutput {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER = MAPPER.writer(printer());

  private JsonOutput() {}

  /** A new empty object node; fields keep insertion order. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** The bytes of a document. */
  public static byte[] bytes(ObjectNode document) {
    // Straight to UTF-8 bytes: through a String, a large definition was copied three times.
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      WRITER.writeValue(out, document);
    } catch (IOException e) {
      throw new IllegalStateException("JSON tree cannot be written", e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static DefaultPrettyPrinter printer() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
