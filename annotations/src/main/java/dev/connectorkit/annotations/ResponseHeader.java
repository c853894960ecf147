package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A header of a declared {@link ApiResponse}.
 *
 * <pre>{@code
 * @ApiResponse(status = 201,
 *     headers = @ResponseHeader(name = "Location", description = "The subscription's URL."))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface ResponseHeader {

  /** The header name. Example: {@code name = "Location"}. */
  String name();

  /** What the header holds. Example: {@code description = "The new ticket's URL."}. */
  String description() default "";

  /**
   * The header's type: a string, number, integer or boolean type. Example: {@code type =
   * Integer.class}.
   */
  Class<?> type() default String.class;

  /** The header's display title ({@code x-ms-summary}). Example: {@code summary = "Location"}. */
  String summary() default "";

  /** The header's {@code x-ms-visibility}. Example: {@code visibility = Visibility.INTERNAL}. */
  Visibility visibility() default Visibility.NONE;
}
