package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A dropdown filled by calling another operation ({@code x-ms-dynamic-values}), on a parameter or
 * model property.
 *
 * <pre>{@code
 * public Ticket create(
 *     @DynamicValues(operation = "ListQueues", valuePath = "id", titlePath = "name")
 *     @QueryParam("queue") String queue, ...)
 * }</pre>
 *
 * <p>The called operation is checked to exist, the {@link Arg}s to name its parameters and the
 * current operation's, and the paths to point into its response type where it is known.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.PARAMETER,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.RECORD_COMPONENT
})
public @interface DynamicValues {

  /**
   * The operation to call: an operationId or a resource method ({@code "QueueResource#list"}).
   * Empty with {@link #capability()} or {@link #builtInOperation()}. Example: {@code operation =
   * "ListQueues"}.
   */
  String operation() default "";

  /** Parameters to pass. Example: {@code parameters = @Arg(name = "top", json = "100")}. */
  Arg[] parameters() default {};

  /**
   * Where the array of items is in the response ({@code value-collection}); empty: the response is
   * the array. Example: {@code collection = "value"}.
   */
  String collection() default "";

  /** The item property stored as the value ({@code value-path}). Example: {@code "id"}. */
  String valuePath() default "";

  /** The item property shown ({@code value-title}). Example: {@code titlePath = "name"}. */
  String titlePath() default "";

  /** A platform capability instead of an operation. Example: {@code "file-picker"}. */
  String capability() default "";

  /** A built-in operation instead of one of ours. Example: {@code "AadGraph.GetUsers"}. */
  String builtInOperation() default "";

  /**
   * Also write the equivalent {@code x-ms-dynamic-list} (the newer form), as many certified
   * connectors do. Example: {@code withDynamicList = true}.
   */
  boolean withDynamicList() default false;
}
