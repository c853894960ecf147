package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * HTTP basic authentication: the {@code basic} security definition and the {@code username} and
 * {@code password} connection parameters.
 *
 * <pre>{@code
 * @BasicAuth(usernameDisplayName = "Consumer key", passwordDisplayName = "Consumer secret")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface BasicAuth {

  /** The security definition name. Example: {@code securityDefinition = "basic_auth"}. */
  String securityDefinition() default "basic_auth";

  /** The user name field title. Example: {@code usernameDisplayName = "Consumer key"}. */
  String usernameDisplayName() default "User name";

  /** The user name field description. Example: {@code "The user name of your account."}. */
  String usernameDescription() default "The user name for this API.";

  /** The password field title. Example: {@code passwordDisplayName = "Consumer secret"}. */
  String passwordDisplayName() default "Password";

  /** The password field description. Example: {@code "The password of your account."}. */
  String passwordDescription() default "The password for this API.";

  /**
   * The user name's connection parameter; empty writes none, for a parameter described with {@link
   * ConnectionParameter} instead. Example: {@code usernameParameter = ""}.
   */
  String usernameParameter() default "username";

  /**
   * The password's connection parameter; empty writes none, for a parameter described with {@link
   * ConnectionParameter} instead. Example: {@code passwordParameter = ""}.
   */
  String passwordParameter() default "password";

  /**
   * Also list the security definition in the document's {@code security}, applying it to every
   * operation. Example: {@code applyToAllOperations = false}.
   */
  boolean applyToAllOperations() default true;

  /** The security definition's {@code description}. Example: {@code "Basic authorization."}. */
  String securityDescription() default "";
}
