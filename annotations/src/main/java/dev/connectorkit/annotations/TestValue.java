package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A sample value used when the connector is tested ({@code x-ms-test-value}); never a secret or
 * personal data.
 *
 * <pre>{@code
 * @TestValue("Printer on floor 3 is out of toner") @NotBlank String title
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.PARAMETER,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.RECORD_COMPONENT
})
public @interface TestValue {

  /** A string sample. Example: {@code @TestValue("Printer is out of toner")}. */
  String value() default "";

  /** A sample written as JSON. Example: {@code @TestValue(json = "{\"title\": \"Test\"}")}. */
  String json() default "";
}
