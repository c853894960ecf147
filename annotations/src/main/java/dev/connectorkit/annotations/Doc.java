package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A documentation link of the connector ({@code x-ms-docs}).
 *
 * <pre>{@code
 * docs = @Doc(url = "https://contoso.com/docs", description = "Getting started")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Doc {

  /** The address. Example: {@code url = "https://contoso.com/docs"}. */
  String url();

  /** What it is. Example: {@code description = "Getting started"}. */
  String description() default "";
}
