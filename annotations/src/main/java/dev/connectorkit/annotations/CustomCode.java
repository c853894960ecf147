package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The connector runs custom code ({@code script.csx}) for some operations ({@code
 * scriptOperations}).
 *
 * <pre>{@code
 * @CustomCode(operations = {"ConvertTicket"})
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CustomCode {

  /** The operations the script handles; empty means all. Example: {@code {"ConvertTicket"}}. */
  String[] operations() default {};
}
