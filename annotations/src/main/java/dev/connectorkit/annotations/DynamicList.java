package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A dropdown in the newer form ({@code x-ms-dynamic-list}), whose references may point inside body
 * parameters. Parameter references are written {@code {"parameterReference": ...}}, literals {@code
 * {"value": ...}}.
 *
 * <pre>{@code
 * @DynamicList(operation = "ListAssignees", itemValuePath = "email", itemTitlePath = "name",
 *     parameters = @Arg(name = "queue", parameter = "body/queue"))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.PARAMETER,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.RECORD_COMPONENT
})
public @interface DynamicList {

  /** The operation to call: operationId or resource method. Example: {@code "ListAssignees"}. */
  String operation();

  /**
   * Parameters to pass. Example: {@code parameters = @Arg(name = "queue", parameter = "queue")}.
   */
  Arg[] parameters() default {};

  /** Where the items are in the response ({@code itemsPath}). Example: {@code "value"}. */
  String itemsPath() default "";

  /** The item property stored as the value. Example: {@code itemValuePath = "email"}. */
  String itemValuePath() default "";

  /** The item property shown. Example: {@code itemTitlePath = "name"}. */
  String itemTitlePath() default "";
}
