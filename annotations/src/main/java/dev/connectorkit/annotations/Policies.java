package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The container of repeated {@link Policy} annotations; write {@code @Policy} several times.
 *
 * <pre>{@code
 * @Policy(template = "setheader", title = "A", parameters = ...)
 * @Policy(template = "setheader", title = "B", parameters = ...)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Policies {

  /** The policies. Example: {@code {@Policy(template = "setheader", title = "A")}}. */
  Policy[] value();
}
