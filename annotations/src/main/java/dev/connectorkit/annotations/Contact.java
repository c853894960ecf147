package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The support contact of a connector ({@code info.contact}), used inside {@link Connector}.
 *
 * <pre>{@code
 * contact = @Contact(name = "Contoso Support", url = "https://contoso.com/support",
 *     email = "support@contoso.com")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Contact {

  /** Who answers. Example: {@code name = "Contoso Support"}. */
  String name() default "";

  /** A support web page. Example: {@code url = "https://contoso.com/support"}. */
  String url() default "";

  /** A support e-mail address. Example: {@code email = "support@contoso.com"}. */
  String email() default "";
}
