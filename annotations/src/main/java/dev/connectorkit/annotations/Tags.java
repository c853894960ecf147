package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Swagger tags of the operations of a resource class, or of one operation (the method's win).
 *
 * <pre>{@code
 * @Path("tickets")
 * @Tags("Tickets")
 * public class TicketResource { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Tags {

  /** The tags. Example: {@code @Tags({"Tickets", "Support"})}. */
  String[] value();
}
