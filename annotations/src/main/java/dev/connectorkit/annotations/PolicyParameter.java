package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One parameter of a {@link Policy}: a string {@link #value()} or a raw {@link #json()} value.
 *
 * <pre>{@code
 * @PolicyParameter(name = "existsAction", value = "override")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface PolicyParameter {

  /** The name, without {@code x-ms-apimTemplateParameter.}. Example: {@code name = "value"}. */
  String name();

  /** A string value. Example: {@code value = "@connectionParameters('api_key')"}. */
  String value() default "";

  /** A value written as JSON. Example: {@code json = "{\"since\": \"@{triggerBody().at}\"}"}. */
  String json() default "";
}
