package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * API-key authentication: the {@code apiKey} security definition and the {@code api_key}
 * securestring connection parameter the user fills in.
 *
 * <pre>{@code
 * @Connector(...)
 * @ApiKeyAuth(name = "X-API-Key", displayName = "API key",
 *     description = "The API key from your Contoso profile page.")
 * public class TicketsApplication extends Application {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ApiKeyAuth {

  /** The header or query parameter carrying the key. Example: {@code name = "X-API-Key"}. */
  String name();

  /** Where the key travels. Example: {@code in = ApiKeyLocation.QUERY}. */
  ApiKeyLocation in() default ApiKeyLocation.HEADER;

  /**
   * The connection parameter name; empty writes none, for a parameter described with {@link
   * ConnectionParameter} instead. Example: {@code parameter = "api_key"}.
   */
  String parameter() default "api_key";

  /** The security definition name. Example: {@code securityDefinition = "api_key"}. */
  String securityDefinition() default "api_key";

  /** The field title in the connection dialog. Example: {@code displayName = "API key"}. */
  String displayName() default "API Key";

  /** What to enter. Example: {@code description = "The API key from your profile page."}. */
  String description() default "The API key for this API.";

  /** A hint under the field. Example: {@code tooltip = "Provide your API key"}. */
  String tooltip() default "Provide your API key";

  /** Whether the key is shown in clear as it is typed. Example: {@code clearText = true}. */
  boolean clearText() default false;

  /**
   * Also list the security definition in the document's {@code security}, applying it to every
   * operation. Example: {@code applyToAllOperations = false}.
   */
  boolean applyToAllOperations() default true;

  /** The security definition's {@code description}. Example: {@code "Basic authorization."}. */
  String securityDescription() default "";
}
