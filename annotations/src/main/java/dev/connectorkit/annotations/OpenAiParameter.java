package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A parameter entry of {@link OpenAiData} ({@code type: upsert}).
 *
 * <pre>{@code
 * @OpenAiParameter(name = "top", properties = @OpenAiProperty(name = "required", json = "true"))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface OpenAiParameter {

  /** The parameter name. Example: {@code name = "top"}. */
  String name();

  /**
   * The properties to upsert. Example: {@code @OpenAiProperty(name = "required", json = "true")}.
   */
  OpenAiProperty[] properties() default {};
}
