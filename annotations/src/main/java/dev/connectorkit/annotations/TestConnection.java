package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The GET operation Power Platform calls to check a new connection ({@code
 * x-ms-capabilities.testConnection}); it must need no parameters but the literals given.
 *
 * <pre>{@code
 * @GET
 * @Path("me")
 * @TestConnection
 * public Profile me() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface TestConnection {

  /**
   * Literal parameters for the call. Example: {@code parameters = @Arg(name = "top", json = "1")}.
   */
  Arg[] parameters() default {};
}
