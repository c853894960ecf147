package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Whether a query, header, form or body parameter is required, where ConnectorKit's rule is not
 * what the API does: a body is required, the others are when they carry {@code @NotNull} (or
 * {@code @NotBlank}, {@code @NotEmpty}). Path parameters are always required.
 *
 * <pre>{@code
 * @PATCH
 * public Ticket update(@Required(false) TicketChanges changes) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Required {
  /** Whether the parameter is required. Example: {@code @Required(false)}. */
  boolean value() default true;
}
