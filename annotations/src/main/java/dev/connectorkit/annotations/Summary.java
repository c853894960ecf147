package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The display title of a parameter or model property ({@code x-ms-summary}), in Title Case.
 *
 * <pre>{@code
 * public record Ticket(@Summary("Ticket ID") String id, @Summary("Title") String title) {}
 * }</pre>
 *
 * <p>Applies to method parameters, fields, getters, record components and model types.
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
public @interface Summary {

  /** The title. Example: {@code @Summary("Ticket ID")}. */
  String value();
}
