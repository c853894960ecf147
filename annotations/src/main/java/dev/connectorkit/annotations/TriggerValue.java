package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a trigger parameter's value is found in the trigger's items ({@code x-ms-trigger-value}),
 * on a non-body parameter of a trigger.
 *
 * <pre>{@code
 * @Trigger(summary = "When a ticket is updated", type = TriggerType.BATCH)
 * public TicketPage updates(
 *     @TriggerValue(collection = "value", path = "updated") @QueryParam("since") String since)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface TriggerValue {

  /** The array of items in the response ({@code value-collection}). Example: {@code "value"}. */
  String collection() default "";

  /** The item property ({@code value-path}). Example: {@code path = "updated"}. */
  String path() default "";
}
