package dev.connectorkit.processor.read;

import dev.connectorkit.processor.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * What {@code @JsonFormat(shape = ..., pattern = ...)} on a property makes of its JSON, as Jackson
 * 2 with the java.time module writes it: numbers or booleans as strings, dates as epoch numbers or
 * {@code [year, month, day]} arrays, enums as their ordinal, formatted dates as plain strings.
 */
final class FormatShapes {
  /** A shaped schema (null: Jackson keeps the natural JSON), or why it cannot be described. */
  record Shaped(Schema schema, String failure) {}

  private static final Set<String> EPOCH_MILLIS =
      Set.of("java.util.Date", "java.util.Calendar", "java.sql.Timestamp", "java.sql.Date");
  private static final Set<String> EPOCH_SECONDS =
      Set.of("java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime");
  private static final Set<String> FIELD_ARRAYS =
      Set.of(
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.LocalTime",
          "java.time.YearMonth");

  private final AnnotationValues values;
  private final Types types;

  FormatShapes(AnnotationValues values, Types types) {
    this.values = values;
    this.types = types;
  }

  /** The schema of a value of {@code type}, naturally {@code natural}, under {@code format}. */
  Shaped apply(AnnotationMirror format, TypeMirror type, Schema natural) {
    String shape = values.enumName(format, "shape");
    boolean pattern = !values.string(format, "pattern").isEmpty();
    Element element = types.asElement(type);
    String qn = element instanceof TypeElement t ? t.getQualifiedName().toString() : "";
    String jsonType = natural.type() == null ? "" : natural.type();
    switch (shape) {
      case "STRING" -> {
        if (Set.of("integer", "number", "boolean").contains(jsonType) || pattern) {
          return keep(Schema.of("string", null));
        }
        return keep(null);
      }
      case "NUMBER", "NUMBER_INT", "NUMBER_FLOAT" -> {
        return number(shape, type, qn, element, natural);
      }
      case "ARRAY" -> {
        return FIELD_ARRAYS.contains(qn)
            ? keep(Schema.arrayOf(Schema.of("integer", "int32")))
            : keep(null);
      }
      default -> {
        return keep(pattern && "string".equals(jsonType) ? Schema.of("string", null) : null);
      }
    }
  }

  private Shaped number(String shape, TypeMirror type, String qn, Element element, Schema natural) {
    boolean integral = shape.equals("NUMBER_INT");
    if (element != null && element.getKind() == ElementKind.ENUM) {
      List<Object> ordinals = new ArrayList<>();
      for (Element e : element.getEnclosedElements()) {
        if (e.getKind() == ElementKind.ENUM_CONSTANT) {
          ordinals.add(ordinals.size());
        }
      }
      return keep(Schema.builder().type("integer").format("int32").enumValues(ordinals).build());
    }
    if (type.getKind() == TypeKind.BOOLEAN || qn.equals("java.lang.Boolean")) {
      return keep(Schema.of("integer", "int32"));
    }
    if (EPOCH_MILLIS.contains(qn)) {
      return keep(Schema.of("integer", "int64"));
    }
    if (EPOCH_SECONDS.contains(qn)) {
      // Seconds with nanoseconds as a fraction; NUMBER_INT writes epoch milliseconds.
      return keep(integral ? Schema.of("integer", "int64") : Schema.of("number", null));
    }
    if (qn.equals("java.time.Duration")) {
      return keep(Schema.of("number", null));
    }
    if (qn.equals("java.time.LocalDate") && integral) {
      return keep(Schema.of("integer", "int64"));
    }
    if (FIELD_ARRAYS.contains(qn)) {
      return keep(Schema.arrayOf(Schema.of("integer", "int32")));
    }
    if (qn.startsWith("java.time.")) {
      return new Shaped(
          null,
          "its @JsonFormat(shape = "
              + shape
              + ") on a "
              + qn
              + " writes a form ConnectorKit does not know; remove the shape or use STRING");
    }
    return keep(null);
  }

  private static Shaped keep(Schema schema) {
    return new Shaped(schema, null);
  }
}
