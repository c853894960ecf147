package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name and value inside {@link OAuth2}: a custom parameter or a property.
 *
 * <pre>{@code
 * @OAuthParameter(name = "resourceUri", value = "https://graph.microsoft.com")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface OAuthParameter {

  /** The name. Example: {@code name = "tenantId"}. */
  String name();

  /** The value. Example: {@code value = "common"}. */
  String value() default "";

  /**
   * The value written as JSON, for a property that is not a string. Example: {@code json =
   * "false"}.
   */
  String json() default "";
}
