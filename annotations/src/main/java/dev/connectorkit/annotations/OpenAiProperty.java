package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A property of an {@link OpenAiParameter} ({@code type: upsert}), its value as JSON.
 *
 * <pre>{@code
 * @OpenAiProperty(name = "x-ms-explicit-input", json = "true")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface OpenAiProperty {

  /** The property. Example: {@code name = "required"}. */
  String name();

  /** The value as JSON. Example: {@code json = "true"}. */
  String json();
}
