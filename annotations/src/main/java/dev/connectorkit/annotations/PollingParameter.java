package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One entry of a polling trigger's {@code triggerConfig}: a query parameter and the expression the
 * gateway sets it to from the last response.
 *
 * <pre>{@code
 * @PollingParameter(name = "since", value = "@{triggerBody().value[0].updated}")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface PollingParameter {

  /**
   * The query parameter, or {@code x-ms-triggerConfig-nextLink}. Example: {@code name = "since"}.
   */
  String name();

  /** The expression. Example: {@code value = "@{triggerBody().value[0].updated}"}. */
  String value();
}
