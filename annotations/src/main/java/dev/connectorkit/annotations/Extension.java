package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An escape hatch for a vendor extension ConnectorKit has no annotation for yet: the key and its
 * raw JSON value, written on the connector (on the {@code @Connector} class), operation, parameter
 * or property. Every extension in Microsoft's documentation has its own annotation.
 *
 * <pre>{@code
 * @Extension(name = "x-ms-future-thing", json = "{\"enabled\": true}")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.TYPE,
  ElementType.METHOD,
  ElementType.PARAMETER,
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT
})
@Repeatable(Extensions.class)
public @interface Extension {

  /** The key, starting with {@code x-}. Example: {@code name = "x-ms-future-thing"}. */
  String name();

  /** The value as JSON. Example: {@code json = "true"}. */
  String json();
}
