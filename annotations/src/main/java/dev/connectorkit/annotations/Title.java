package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The JSON-schema {@code title} of a value or model type.
 *
 * <pre>{@code
 * @GET
 * @Title("Result file")
 * public InputStream download(...) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.PARAMETER,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.RECORD_COMPONENT,
  ElementType.TYPE
})
public @interface Title {

  /** The title. Example: {@code @Title("Result file")}. */
  String value();
}
