package dev.connectorkit.importer.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.connectorkit.importer.model.Schema;
import java.util.List;

/**
 * The Java types of strings, numbers and booleans, chosen so that the processor writes the same
 * type and format back: {@code int32} → {@code int}/{@code Integer}, {@code integer} without format
 * → {@code BigInteger}, {@code date-time} → {@code OffsetDateTime}..., and {@code @Format} where no
 * Java type implies the format.
 */
final class ScalarTypes {
  private static final ClassName STRING = ClassName.get(String.class);

  private ScalarTypes() {}

  /** The type of a string, integer, number or boolean schema where it is used. */
  static JavaType of(Schema s, ModelTypes.Use use) {
    boolean primitive = use == ModelTypes.Use.REQUIRED_PROPERTY;
    return switch (s.type()) {
      case "integer" ->
          number(
              s,
              primitive,
              "int32",
              TypeName.INT,
              "int64",
              TypeName.LONG,
              ClassName.get(java.math.BigInteger.class));
      case "number" ->
          number(
              s,
              primitive,
              "float",
              TypeName.FLOAT,
              "double",
              TypeName.DOUBLE,
              ClassName.get(java.math.BigDecimal.class));
      case "boolean" -> JavaType.of(primitive ? TypeName.BOOLEAN : ClassName.get(Boolean.class));
      default -> string(s, use);
    };
  }

  /**
   * Parameters keep strings for dates and URIs (JAX-RS cannot convert them); a body's binary is a
   * stream; other formats are {@code @Format} on a {@code String}.
   */
  private static JavaType string(Schema s, ModelTypes.Use use) {
    String format = s.format();
    if (format == null) {
      return JavaType.of(STRING);
    }
    boolean param = use == ModelTypes.Use.PARAMETER;
    boolean body = use == ModelTypes.Use.BODY;
    TypeName known =
        switch (format) {
          case "uuid" -> ClassName.get(java.util.UUID.class);
          case "date-time" -> param ? null : ClassName.get(java.time.OffsetDateTime.class);
          case "date" -> param ? null : ClassName.get(java.time.LocalDate.class);
          case "date-no-tz" -> param ? null : ClassName.get(java.time.LocalDateTime.class);
          case "uri" -> param ? null : ClassName.get(java.net.URI.class);
          case "byte" -> param || body ? null : ArrayTypeName.of(TypeName.BYTE);
          case "binary" -> body ? ClassName.get(java.io.InputStream.class) : null;
          default -> null;
        };
    return known != null
        ? JavaType.of(known)
        : new JavaType(STRING, List.of(ModelTypes.format(format)), false);
  }

  private static JavaType number(
      Schema s,
      boolean primitive,
      String narrow,
      TypeName narrowType,
      String wide,
      TypeName wideType,
      ClassName unbounded) {
    String format = s.format();
    if (narrow.equals(format)) {
      return JavaType.of(primitive ? narrowType : narrowType.box());
    }
    if (wide.equals(format)) {
      return JavaType.of(primitive ? wideType : wideType.box());
    }
    if (format == null) {
      return JavaType.of(unbounded);
    }
    return new JavaType(unbounded, List.of(ModelTypes.format(format)), false);
  }
}
