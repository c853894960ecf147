package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The description of a parameter, model property or model type, as a full sentence.
 *
 * <p>Without it the description comes from Javadoc: the {@code @param} tag of a method parameter or
 * record component, the first sentence block of a field, getter or type comment.
 *
 * <pre>{@code
 * @GET
 * @Path("{id}")
 * public Ticket get(@Description("The ticket's ID, as returned by Create ticket.")
 *     @PathParam("id") String id) { ... }
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
public @interface Description {

  /** The sentence. Example: {@code @Description("The ticket's ID.")}. */
  String value();
}
