package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code oauth2} security definition of an {@link OAuth2} connection, where it is not the one
 * the connection's settings give: its endpoints and scopes (also those of {@code security}). Many
 * Azure AD connectors name {@code login.windows.net} there and no scope.
 *
 * <pre>{@code
 * @OAuth2(identityProvider = "aad", scopes = "Group.ReadWrite.All",
 *     definition = @OAuthDefinition(
 *         authorizationUrl = "https://login.windows.net/common/oauth2/authorize",
 *         tokenUrl = "https://login.windows.net/common/oauth2/authorize"))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface OAuthDefinition {

  /**
   * The authorization endpoint. Example: {@code
   * "https://login.windows.net/common/oauth2/authorize"}.
   */
  String authorizationUrl();

  /** The token endpoint. Example: {@code "https://login.windows.net/common/oauth2/token"}. */
  String tokenUrl();

  /** The scopes, empty for none. Example: {@code scopes = {"Mail.Read"}}. */
  String[] scopes() default {};
}
