package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An extra field of the connection dialog ({@code connectionParameters}), such as an instance URL
 * used by a {@code dynamichosturl} {@link Policy}, or a secret sent by a {@code setheader} one.
 *
 * <pre>{@code
 * @ConnectionParameter(name = "siteUrl", displayName = "Site URL",
 *     description = "The address of your WooCommerce site.", tooltip = "https://shop.contoso.com")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE})
@Repeatable(ConnectionParameters.class)
public @interface ConnectionParameter {

  /** The name, letters, digits and {@code _}, or {@code param:Sub}. Example: {@code "siteUrl"}. */
  String name();

  /** The type. Example: {@code type = ConnectionParameterType.SECURESTRING}. */
  ConnectionParameterType type() default ConnectionParameterType.STRING;

  /** The field title. Example: {@code displayName = "Site URL"}. */
  String displayName() default "";

  /** What to enter. Example: {@code description = "The address of your site."}. */
  String description() default "";

  /** A hint. Example: {@code tooltip = "https://shop.contoso.com"}. */
  String tooltip() default "";

  /** Whether the field must be filled. Example: {@code required = false}. */
  boolean required() default true;

  /** Whether the field is hidden. Example: {@code hidden = true}. */
  boolean hidden() default false;

  /** Whether the value is shown in clear (securestring only). Example: {@code clearText = true}. */
  boolean clearText() default false;

  /** The tab order, 0 for none. Example: {@code tabIndex = 2}. */
  int tabIndex() default 0;

  /** Allowed values, shown as a dropdown. Example: {@code allowedValues = @AllowedValue(...)}. */
  AllowedValue[] allowedValues() default {};

  /**
   * {@code metadata.sourceType}, e.g. {@code AzureActiveDirectoryTenant} for {@code
   * token:TenantId}. Example: {@code sourceType = "AzureActiveDirectoryTenant"}.
   */
  String sourceType() default "";
}
