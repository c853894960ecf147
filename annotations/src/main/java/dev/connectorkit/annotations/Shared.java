package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Writes a parameter once in the global {@code parameters} section and refers to it with {@code
 * $ref} from every operation that uses it; all uses must be identical.
 *
 * <pre>{@code
 * public Ticket get(@Shared("TicketId") @PathParam("id") String id) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Shared {

  /** The name in {@code #/parameters}. Example: {@code @Shared("TicketId")}. */
  String value();
}
