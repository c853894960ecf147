package dev.connectorkit.processor.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;

/**
 * The one JSON format of every file we write: UTF-8, two-space indent, {@code "key": value}, LF
 * line ends, arrays one element a line, empty containers as {@code []} and {@code {}}, and a final
 * newline; the same bytes on every machine.
 */
public final class JsonOutput {
  // A bare generator, not an ObjectMapper: building a mapper loads and initialises hundreds of
  // classes, a cost every compilation would pay.
  private static final JsonFactory FACTORY = new JsonFactory();

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
      JsonGenerator g = generator(out);
      write(document, g);
      finish(g, out);
    } catch (IOException e) {
      throw new IllegalStateException("JSON tree cannot be written", e);
    }
    return out.toByteArray();
  }

  /** A generator that writes this format to the stream (and leaves the stream open). */
  static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(printer());
    return g;
  }

  /** Ends a document: everything written out, then the final newline. */
  static void finish(JsonGenerator g, OutputStream out) throws IOException {
    g.close();
    out.write('\n');
  }

  /** Writes a node as Jackson's own serializers would. */
  static void write(JsonNode node, JsonGenerator g) throws IOException {
    NodeWriter.of(node).write(node, g);
  }

  /**
   * Writes one kind of node. One class per kind on purpose: the call in {@link #write} then sees
   * three receivers, so the JIT compiles each writer on its own instead of inlining the whole
   * recursion and Jackson's generator into one method, which cost about a second of compile time on
   * the 1,000-operation benchmark API, more than the writing itself.
   */
  private enum NodeWriter {
    OBJECT {
      @Override
      void write(JsonNode node, JsonGenerator g) throws IOException {
        g.writeStartObject();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          g.writeFieldName(field.getKey());
          JsonOutput.write(field.getValue(), g);
        }
        g.writeEndObject();
      }
    },
    ARRAY {
      @Override
      void write(JsonNode node, JsonGenerator g) throws IOException {
        g.writeStartArray();
        for (JsonNode element : node) {
          JsonOutput.write(element, g);
        }
        g.writeEndArray();
      }
    },
    VALUE {
      @Override
      void write(JsonNode node, JsonGenerator g) throws IOException {
        switch (node.getNodeType()) {
          case STRING -> g.writeString(node.textValue());
          case BOOLEAN -> g.writeBoolean(node.booleanValue());
          case NULL -> g.writeNull();
          case NUMBER -> number(node, g);
          default -> throw new IllegalStateException("Not a JSON value: " + node.getNodeType());
        }
      }
    };

    abstract void write(JsonNode node, JsonGenerator g) throws IOException;

    static NodeWriter of(JsonNode node) {
      return node.isObject() ? OBJECT : node.isArray() ? ARRAY : VALUE;
    }
  }

  private static void number(JsonNode node, JsonGenerator g) throws IOException {
    switch (node.numberType()) {
      case INT -> g.writeNumber(node.intValue());
      case LONG -> g.writeNumber(node.longValue());
      case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
      case FLOAT -> g.writeNumber(node.floatValue());
      case DOUBLE -> g.writeNumber(node.doubleValue());
      case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
    }
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
