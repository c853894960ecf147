package dev.connectorkit.processor.read;

import dev.connectorkit.processor.model.Schema;
import java.util.Map;
import javax.lang.model.type.TypeKind;

/**
 * The fixed mapping of JDK value types to Swagger 2.0 type and format, as Jackson writes them.
 *
 * <p>It assumes the mapper that JAX-RS stacks such as Spring Boot configure: the java.time and Jdk8
 * modules registered, {@code WRITE_DATES_AS_TIMESTAMPS} and {@code WRITE_DURATIONS_AS_TIMESTAMPS}
 * disabled, so dates, times, years and durations are ISO-8601 strings. A plain {@code new
 * ObjectMapper()} writes numbers and arrays instead.
 */
final class KnownTypes {
  private static final Schema INT32 = Schema.of("integer", "int32");
  private static final Schema INT64 = Schema.of("integer", "int64");
  private static final Schema STRING = Schema.of("string", null);
  private static final Schema DATE_TIME = Schema.of("string", "date-time");

  /** Qualified name to schema. {@code date-no-tz} is Power Platform's date-time without offset. */
  private static final Map<String, Schema> BY_NAME =
      Map.ofEntries(
          Map.entry("java.lang.String", STRING),
          Map.entry("java.lang.CharSequence", STRING),
          Map.entry("java.lang.Character", STRING),
          Map.entry("java.lang.Boolean", Schema.of("boolean", null)),
          Map.entry("java.lang.Byte", INT32),
          Map.entry("java.lang.Short", INT32),
          Map.entry("java.lang.Integer", INT32),
          Map.entry("java.lang.Long", INT64),
          Map.entry("java.lang.Float", Schema.of("number", "float")),
          Map.entry("java.lang.Double", Schema.of("number", "double")),
          Map.entry("java.math.BigDecimal", Schema.of("number", null)),
          Map.entry("java.math.BigInteger", Schema.of("integer", null)),
          Map.entry("java.util.concurrent.atomic.AtomicInteger", INT32),
          Map.entry("java.util.concurrent.atomic.AtomicLong", INT64),
          Map.entry("java.util.concurrent.atomic.AtomicBoolean", Schema.of("boolean", null)),
          Map.entry("java.util.UUID", Schema.of("string", "uuid")),
          Map.entry("java.net.URI", Schema.of("string", "uri")),
          Map.entry("java.net.URL", Schema.of("string", "uri")),
          Map.entry("java.util.Locale", STRING),
          Map.entry("java.util.Currency", STRING),
          Map.entry("java.util.TimeZone", STRING),
          Map.entry("java.time.LocalDate", Schema.of("string", "date")),
          Map.entry("java.time.LocalDateTime", Schema.of("string", "date-no-tz")),
          Map.entry("java.time.OffsetDateTime", DATE_TIME),
          Map.entry("java.time.ZonedDateTime", DATE_TIME),
          Map.entry("java.time.Instant", DATE_TIME),
          Map.entry("java.util.Date", DATE_TIME),
          Map.entry("java.util.Calendar", DATE_TIME),
          Map.entry("java.sql.Timestamp", DATE_TIME),
          Map.entry("java.sql.Date", Schema.of("string", "date")),
          Map.entry("java.time.LocalTime", STRING),
          Map.entry("java.time.OffsetTime", STRING),
          Map.entry("java.time.Duration", STRING),
          Map.entry("java.time.Period", STRING),
          Map.entry("java.time.YearMonth", STRING),
          Map.entry("java.time.MonthDay", STRING),
          Map.entry("java.time.ZoneId", STRING),
          Map.entry("java.time.ZoneOffset", STRING),
          Map.entry("java.time.Year", STRING),
          Map.entry("java.util.OptionalInt", INT32),
          Map.entry("java.util.OptionalLong", INT64),
          Map.entry("java.util.OptionalDouble", Schema.of("number", "double")));

  /** Free-form JSON: any object the service sends, shown by the designer as one value. */
  private static final Map<String, Schema> FREE_FORM =
      Map.of(
          "java.lang.Object", Schema.freeForm(),
          "com.fasterxml.jackson.databind.JsonNode", Schema.freeForm(),
          "com.fasterxml.jackson.databind.node.ObjectNode", Schema.freeForm(),
          "jakarta.json.JsonObject", Schema.freeForm());

  /**
   * Any JSON value at all ({@code {}}): JSON-P's {@code JsonValue} is as well an array, string,
   * number, boolean or null, so {@code type: object} would be wrong for it.
   */
  private static final Map<String, Schema> ANY =
      Map.of("jakarta.json.JsonValue", Schema.builder().build());

  private KnownTypes() {}

  /** The schema of a JDK value type by qualified name, or null if it is not one. */
  static Schema byName(String qualifiedName) {
    Schema s = BY_NAME.get(qualifiedName);
    s = s != null ? s : FREE_FORM.get(qualifiedName);
    return s != null ? s : ANY.get(qualifiedName);
  }

  /** The schema of a primitive type. */
  static Schema primitive(TypeKind kind) {
    return switch (kind) {
      case BOOLEAN -> Schema.of("boolean", null);
      case BYTE, SHORT, INT -> INT32;
      case LONG -> INT64;
      case FLOAT -> Schema.of("number", "float");
      case DOUBLE -> Schema.of("number", "double");
      case CHAR -> STRING;
      default -> throw new IllegalArgumentException("Not a primitive: " + kind);
    };
  }

  /** Binary content types: a file in forms and responses, binary string in a body. */
  static boolean isBinary(String qualifiedName) {
    return switch (qualifiedName) {
      case "java.io.InputStream",
          "java.io.File",
          "java.nio.file.Path",
          "jakarta.ws.rs.core.StreamingOutput",
          "javax.ws.rs.core.StreamingOutput",
          "jakarta.ws.rs.core.EntityPart",
          "org.glassfish.jersey.media.multipart.FormDataBodyPart" ->
          true;
      default -> false;
    };
  }
}
