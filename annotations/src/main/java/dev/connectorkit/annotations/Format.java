package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides the Swagger {@code format} of a value, e.g. {@code html} (the designer shows an HTML
 * editor), {@code password}, {@code email}, {@code uri}, {@code date-no-tz}.
 *
 * <pre>{@code
 * public record Reply(@Format("html") String body) {}
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
public @interface Format {

  /** The format. Example: {@code @Format("html")}. */
  String value();
}
