package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * OAuth 2.0 authentication: the {@code token} connection parameter of type {@code oauthSetting}
 * and, for identity providers that have one, the {@code oauth2} security definition. A client
 * secret is never written: {@code paconn create --secret} or the portal adds it.
 *
 * <pre>{@code
 * @OAuth2(identityProvider = "oauth2",
 *     authorizationUrl = "https://login.contoso.com/authorize",
 *     tokenUrl = "https://login.contoso.com/token",
 *     refreshUrl = "https://login.contoso.com/token",
 *     scopes = "tickets.readwrite")
 * }</pre>
 *
 * <p>The client ID may come from the processor option {@code
 * -Aconnectorkit.<connectorId>.clientId=...} instead of {@link #clientId()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface OAuth2 {

  /**
   * The identity provider: {@code oauth2}, {@code oauth2generic}, {@code aad}, {@code
   * aadcertificate} or another name the platform knows. Example: {@code identityProvider = "aad"}.
   */
  String identityProvider() default "oauth2";

  /** The public client ID (not a secret). Example: {@code clientId = "4f1c..."}. */
  String clientId() default "";

  /** The scopes to request. Example: {@code scopes = {"tickets.read", "offline_access"}}. */
  String[] scopes() default {};

  /** The authorization endpoint. Example: {@code "https://login.contoso.com/authorize"}. */
  String authorizationUrl() default "";

  /** The token endpoint. Example: {@code tokenUrl = "https://login.contoso.com/token"}. */
  String tokenUrl() default "";

  /** The refresh endpoint. Example: {@code refreshUrl = "https://login.contoso.com/token"}. */
  String refreshUrl() default "";

  /**
   * Further provider settings ({@code customParameters}), e.g. {@code resourceUri} for {@code aad}
   * or {@code tokenUrlTemplate} for {@code oauth2generic}; an empty value writes {@code {}}, a
   * setting the user or the platform fills in. Example: {@code customParameters
   * = @OAuthParameter(name = "resourceUri", value = "https://graph.microsoft.com")}.
   */
  OAuthParameter[] customParameters() default {};

  /**
   * Entries of {@code oAuthSettings.properties}, such as {@code IsFirstParty} or {@code
   * AzureActiveDirectoryResourceId}. Example: {@code properties = @OAuthParameter(name =
   * "IsFirstParty", value = "False")}.
   */
  OAuthParameter[] properties() default {};

  /** How consent redirects. Example: {@code redirectMode = RedirectMode.GLOBAL_PER_CONNECTOR}. */
  RedirectMode redirectMode() default RedirectMode.GLOBAL;

  /**
   * The redirect URL; empty writes none. Example: {@code
   * "https://global.consent.azure-apim.net/redirect"}.
   */
  String redirectUrl() default "https://global.consent.azure-apim.net/redirect";

  /**
   * {@code oAuthSettings.properties.IsFirstParty}, unless {@link #properties()} sets it. Left at
   * its default it is {@code "False"}, or {@code "True"} for {@code aadcertificate} (which serves
   * first-party apps only); {@code ""} writes none. Example: {@code isFirstParty = "True"}.
   */
  String isFirstParty() default "False";

  /**
   * The {@code oauth2} security definition name; empty writes none (providers such as {@code
   * oauth2generic} live only in apiProperties). Example: {@code securityDefinition =
   * "oauth2_auth"}.
   */
  String securityDefinition() default "oauth2_auth";

  /** The connection parameter name. Example: {@code parameter = "token"}. */
  String parameter() default "token";

  /** The sign-in button title; empty writes no uiDefinition. Example: {@code "Sign in"}. */
  String displayName() default "";

  /** What signing in does. Example: {@code description = "Sign in with your Contoso account."}. */
  String description() default "";

  /** A hint. Example: {@code tooltip = "Sign in with your Contoso account"}. */
  String tooltip() default "";

  /**
   * Also list the security definition in the document's {@code security}, applying it to every
   * operation. Example: {@code applyToAllOperations = false}.
   */
  boolean applyToAllOperations() default true;

  /** The security definition's {@code description}. Example: {@code "Basic authorization."}. */
  String securityDescription() default "";

  /**
   * The security definition's endpoints and scopes where they are not the connection's, at most
   * one. Example: {@code definition = @OAuthDefinition(authorizationUrl = "...", tokenUrl =
   * "...")}.
   */
  OAuthDefinition[] definition() default {};
}
