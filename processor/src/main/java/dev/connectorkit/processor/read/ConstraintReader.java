package dev.connectorkit.processor.read;

import dev.connectorkit.processor.model.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * Applies Bean Validation constraints (jakarta or javax) to a schema: {@code @NotNull} and friends
 * make a property required, the others become Swagger keywords.
 */
final class ConstraintReader {
  private final AnnotationValues values;

  ConstraintReader(AnnotationValues values) {
    this.values = values;
  }

  /** The constraints found on the elements and on the type use, and the schema they shape. */
  record Result(Schema schema, boolean required) {}

  Result apply(Schema schema, List<? extends Element> elements, TypeMirror typeUse) {
    List<AnnotationMirror> mirrors = new ArrayList<>();
    for (Element e : elements) {
      mirrors.addAll(e.getAnnotationMirrors());
    }
    if (typeUse != null) {
      mirrors.addAll(typeUse.getAnnotationMirrors());
    }
    boolean required = false;
    // @NotBlank and @Size together: the larger minimum and the smaller maximum hold.
    long minimum = 0;
    long maximum = Integer.MAX_VALUE;
    Schema.Builder b = schema.toBuilder();
    boolean array = "array".equals(schema.type());
    boolean string = "string".equals(schema.type());
    boolean numeric = "integer".equals(schema.type()) || "number".equals(schema.type());
    for (AnnotationMirror m : mirrors) {
      String name = constraintName(m);
      if (name == null) {
        continue;
      }
      // Keywords only where Swagger defines them: a @Size on a map has no Swagger 2.0 form.
      switch (name) {
        case "NotNull" -> required = true;
        case "NotBlank", "NotEmpty" -> {
          required = true;
          minimum = Math.max(minimum, 1);
        }
        case "Size" -> {
          minimum = Math.max(minimum, values.number(m, "min"));
          maximum = Math.min(maximum, values.number(m, "max"));
        }
        case "Min",
            "Max",
            "DecimalMin",
            "DecimalMax",
            "Positive",
            "PositiveOrZero",
            "Negative",
            "NegativeOrZero" -> {
          if (numeric) {
            bound(name, m, b);
          }
        }
        case "Pattern" -> {
          if (string) {
            b.pattern(values.string(m, "regexp"));
          }
        }
        case "Email" -> {
          if (string) {
            b.format("email");
          }
        }
        default -> {}
      }
    }
    Long min = minimum > 0 ? minimum : null;
    Long max = maximum < Integer.MAX_VALUE ? maximum : null;
    if (array && (min != null || max != null)) {
      b.minItems(min).maxItems(max);
    } else if (string && (min != null || max != null)) {
      b.minLength(min).maxLength(max);
    }
    return new Result(b.build(), required);
  }

  private void bound(String name, AnnotationMirror m, Schema.Builder b) {
    switch (name) {
      case "Min" -> b.minimum(values.number(m, "value"));
      case "Max" -> b.maximum(values.number(m, "value"));
      case "DecimalMin" -> {
        b.minimum(new BigDecimal(values.string(m, "value")));
        b.exclusiveMinimum(values.bool(m, "inclusive") ? null : Boolean.TRUE);
      }
      case "DecimalMax" -> {
        b.maximum(new BigDecimal(values.string(m, "value")));
        b.exclusiveMaximum(values.bool(m, "inclusive") ? null : Boolean.TRUE);
      }
      case "Positive" -> b.minimum(0).exclusiveMinimum(true);
      case "PositiveOrZero" -> b.minimum(0);
      case "Negative" -> b.maximum(0).exclusiveMaximum(true);
      default -> b.maximum(0);
    }
  }

  private static String constraintName(AnnotationMirror m) {
    String qn = AnnotationValues.qualifiedName(m);
    if (qn.startsWith(Names.JAKARTA_VALIDATION)) {
      return qn.substring(Names.JAKARTA_VALIDATION.length());
    }
    if (qn.startsWith(Names.JAVAX_VALIDATION)) {
      return qn.substring(Names.JAVAX_VALIDATION.length());
    }
    return null;
  }
}
