package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A parameter passed to the operation a dynamic extension calls: a literal, a raw JSON value, or a
 * reference to a parameter of the current operation. Set exactly one of {@link #value()}, {@link
 * #json()} and {@link #parameter()}.
 *
 * <pre>{@code
 * @DynamicValues(operation = "ListAssignees",
 *     parameters = {@Arg(name = "queue", parameter = "queueId"), @Arg(name = "version", value = "2")})
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Arg {

  /**
   * The parameter of the called operation; in {@link DynamicList} a path string into its body may
   * follow ({@code "body/queue"}). Example: {@code name = "queue"}.
   */
  String name();

  /** A literal string value. Example: {@code value = "2"}. */
  String value() default "";

  /** A literal written as JSON (number, boolean, object). Example: {@code json = "10"}. */
  String json() default "";

  /**
   * The name of a parameter of the current operation whose value is passed; in {@link DynamicList},
   * a path string such as {@code "body/queue"} may point inside a body. Example: {@code parameter =
   * "queueId"}.
   */
  String parameter() default "";
}
