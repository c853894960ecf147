package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leaves out keys that only state a default or a derived value, as many hand-written and generated
 * connector files do; the connector means the same.
 *
 * <pre>{@code
 * @Connector(...)
 * @Omit(Implicit.URL_ENCODING)
 * public class TicketsApplication extends Application {}
 *
 * @GET
 * public List<Ticket> list(@Omit(Implicit.REQUIRED) @QueryParam("top") Integer top) { ... }
 * }</pre>
 *
 * <p>On the {@code @Connector} class it applies to every operation, on a resource class to its
 * operations, on a resource method to the operation and its parameters, on a parameter to that
 * parameter; what each level lists adds up.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PARAMETER})
public @interface Omit {

  /** The keys to leave out. Example: {@code @Omit({Implicit.EMPTY_PARAMETERS})}. */
  Implicit[] value();
}
