package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One allowed value of a {@link ConnectionParameter}.
 *
 * <pre>{@code
 * @AllowedValue(text = "Europe", value = "eu")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface AllowedValue {

  /** What the user sees. Example: {@code text = "Europe"}. */
  String text();

  /** What is stored. Example: {@code value = "eu"}. */
  String value();
}
