package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Multi-auth: the user picks one of several authentication choices ({@code
 * connectionParameterSets}).
 *
 * <pre>{@code
 * @ConnectionParameterSets(displayName = "Authentication type",
 *     value = {@ConnectionParameterSet(name = "oauth", displayName = "OAuth", oauth = @OAuth2(...)),
 *              @ConnectionParameterSet(name = "key", displayName = "API key",
 *                  apiKey = @ApiKeyAuth(name = "X-API-Key"))})
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ConnectionParameterSets {

  /** The choices. Example: {@code value = {@ConnectionParameterSet(...)}}. */
  ConnectionParameterSet[] value();

  /** The chooser title. Example: {@code displayName = "Authentication type"}. */
  String displayName() default "Authentication type";

  /** What to choose. Example: {@code description = "How to authenticate."}. */
  String description() default "Type of authentication to be used.";
}
