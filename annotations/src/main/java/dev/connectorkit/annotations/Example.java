package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An example of a value, Swagger's {@code example}: shown by documentation tools, not by the
 * designer (which uses {@link TestValue} to test). On a model type it is the example of the whole
 * object, as JSON.
 *
 * <pre>{@code
 * public record Ticket(@Example("TCK-1042") String id,
 *     @Example(json = "3") int priority) {}
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
public @interface Example {

  /** A string example. Example: {@code @Example("TCK-1042")}. */
  String value() default "";

  /** An example written as JSON. Example: {@code @Example(json = "{\"id\": \"TCK-1042\"}")}. */
  String json() default "";
}
