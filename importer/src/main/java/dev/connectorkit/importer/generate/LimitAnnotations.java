package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.connectorkit.importer.model.Problems;
import dev.connectorkit.importer.model.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A value's limits as Bean Validation annotations ({@code @Size}, {@code @Pattern}, {@code @Min},
 * {@code @DecimalMax}...) and its default as the text the processor types back.
 */
final class LimitAnnotations {
  private static final String VALIDATION = "jakarta.validation.constraints";

  private final Problems problems;

  LimitAnnotations(Problems problems) {
    this.problems = problems;
  }

  /**
   * The text of a default that the processor types back to the original ({@code integer} → number,
   * {@code boolean} → boolean, an array → a list of that one value), or null (reported).
   */
  String defaultText(Schema s, String pointer) {
    JsonNode d = s.defaultValue();
    String type = s.type() == null ? "string" : s.type();
    JsonNode value = d;
    if ("array".equals(type) && d.isArray() && d.size() == 1 && s.items() != null) {
      value = d.get(0);
      type = s.items().type() == null ? "string" : s.items().type();
    }
    boolean typed =
        switch (type) {
          case "integer" -> value.isIntegralNumber();
          case "number" -> value.isNumber();
          case "boolean" -> value.isBoolean();
          case "array", "object" -> false;
          default -> value.isTextual();
        };
    if (!typed) {
      problems.warn(
          Problems.SWAGGER,
          pointer + "/default",
          "the default "
              + d
              + " cannot be"
              + " said: the processor writes a default typed as the value ("
              + type
              + "), a list"
              + " default as one value");
      return null;
    }
    return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
  }

  /** Bean Validation annotations for the limits of a value. */
  void constraints(Schema s, List<AnnotationSpec> out) {
    boolean array = "array".equals(s.type());
    Long min = array ? s.minItems() : s.minLength();
    Long max = array ? s.maxItems() : s.maxLength();
    if ((min != null && min > 0) || max != null) {
      AnnotationSpec.Builder size = AnnotationSpec.builder(ClassName.get(VALIDATION, "Size"));
      if (min != null && min > 0) {
        size.addMember("min", "$L", min);
      }
      if (max != null) {
        size.addMember("max", "$L", max);
      }
      out.add(size.build());
    }
    if (min != null && min == 0) {
      problems.warn(
          Problems.SWAGGER,
          s.pointer(),
          (array ? "minItems" : "minLength") + " 0 is the default and is left out");
    }
    if (s.pattern() != null) {
      out.add(
          AnnotationSpec.builder(ClassName.get(VALIDATION, "Pattern"))
              .addMember("regexp", "$S", s.pattern())
              .build());
    }
    limit(s.minimum(), s.exclusiveMinimum(), "Min", "DecimalMin", s.pointer(), out);
    limit(s.maximum(), s.exclusiveMaximum(), "Max", "DecimalMax", s.pointer(), out);
  }

  private void limit(
      BigDecimal value,
      Boolean exclusive,
      String whole,
      String decimal,
      String pointer,
      List<AnnotationSpec> out) {
    if (value == null) {
      if (exclusive != null) {
        problems.warn(
            Problems.SWAGGER, pointer, "an exclusive limit without its limit is left" + " out");
      }
      return;
    }
    boolean integral =
        value.stripTrailingZeros().scale() <= 0
            && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
    if (Boolean.FALSE.equals(exclusive)) {
      problems.warn(
          Problems.SWAGGER,
          pointer,
          "\"exclusive"
              + whole.substring(0, 1)
              + whole.substring(1).toLowerCase(Locale.ROOT)
              + "imum\": false is the default and is"
              + " left out");
    }
    if (integral && !Boolean.TRUE.equals(exclusive)) {
      out.add(
          AnnotationSpec.builder(ClassName.get(VALIDATION, whole))
              .addMember("value", "$L", value.longValueExact() + "L")
              .build());
    } else {
      AnnotationSpec.Builder b =
          AnnotationSpec.builder(ClassName.get(VALIDATION, decimal))
              .addMember("value", "$S", value.toPlainString());
      if (Boolean.TRUE.equals(exclusive)) {
        b.addMember("inclusive", "false");
      }
      out.add(b.build());
    }
  }
}
