package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One authentication choice of a multi-auth connector ({@code connectionParameterSets.values}):
 * exactly one of {@link #apiKey()}, {@link #basic()}, {@link #oauth()}, or only {@link
 * #parameters()}.
 *
 * <pre>{@code
 * @ConnectionParameterSet(name = "apikey", displayName = "API key",
 *     apiKey = @ApiKeyAuth(name = "X-API-Key"))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface ConnectionParameterSet {

  /** The set name. Example: {@code name = "oauth"}. */
  String name();

  /** The choice title. Example: {@code displayName = "Sign in with Contoso"}. */
  String displayName();

  /** What the choice means. Example: {@code description = "Use your Contoso account."}. */
  String description() default "";

  /** API-key authentication, at most one. Example: {@code apiKey = @ApiKeyAuth(name = "key")}. */
  ApiKeyAuth[] apiKey() default {};

  /** Basic authentication, at most one. Example: {@code basic = @BasicAuth}. */
  BasicAuth[] basic() default {};

  /** OAuth 2.0, at most one. Example: {@code oauth = @OAuth2(identityProvider = "aad")}. */
  OAuth2[] oauth() default {};

  /** More fields of this choice. Example: {@code parameters = @ConnectionParameter(name = "x")}. */
  ConnectionParameter[] parameters() default {};
}
