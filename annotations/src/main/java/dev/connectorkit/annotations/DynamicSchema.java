package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A schema fetched at design time from another operation ({@code x-ms-dynamic-schema}): on a body
 * parameter or property for inputs, on a resource method for its response.
 *
 * <pre>{@code
 * @POST
 * @Path("{queue}/tickets")
 * public Ticket create(@PathParam("queue") String queue,
 *     @DynamicSchema(operation = "GetQueueFields", valuePath = "schema",
 *         parameters = @Arg(name = "queue", parameter = "queue")) Map<String, Object> fields)
 * }</pre>
 *
 * <p>With {@link #withDynamicProperties()} the equivalent {@code x-ms-dynamic-properties} is
 * written too.
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
public @interface DynamicSchema {

  /** The operation returning the schema. Example: {@code operation = "GetQueueFields"}. */
  String operation();

  /**
   * Parameters to pass. Example: {@code parameters = @Arg(name = "queue", parameter = "queue")}.
   */
  Arg[] parameters() default {};

  /**
   * Where the schema is in the response ({@code value-path}); empty: the response's properties.
   * Example: {@code valuePath = "schema"}.
   */
  String valuePath() default "";

  /**
   * Also write {@code x-ms-dynamic-properties} with the same operation, parameters and {@code
   * itemValuePath}. Example: {@code withDynamicProperties = true}.
   */
  boolean withDynamicProperties() default false;
}
