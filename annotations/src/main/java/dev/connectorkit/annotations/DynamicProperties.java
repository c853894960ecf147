package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The newer form of a dynamic schema ({@code x-ms-dynamic-properties}), written on its own or
 * beside {@link DynamicSchema}.
 *
 * <pre>{@code
 * @DynamicProperties(operation = "GetQueueFields", itemValuePath = "schema",
 *     parameters = @Arg(name = "queue", parameter = "queue"))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.PARAMETER,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.RECORD_COMPONENT,
  ElementType.TYPE
})
public @interface DynamicProperties {

  /** The operation returning the schema. Example: {@code operation = "GetQueueFields"}. */
  String operation();

  /**
   * Parameters to pass. Example: {@code parameters = @Arg(name = "queue", parameter = "queue")}.
   */
  Arg[] parameters() default {};

  /** Where the schema is in the response. Example: {@code itemValuePath = "schema"}. */
  String itemValuePath() default "";
}
