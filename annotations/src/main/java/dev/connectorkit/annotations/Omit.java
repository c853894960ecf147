package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leaves out keys that ConnectorKit writes by rule, to reproduce an existing definition that does
 * not have them: {@link SwaggerKey#REQUIRED} and {@link SwaggerKey#URL_ENCODING} on a parameter,
 * {@link SwaggerKey#SUMMARY}, {@link SwaggerKey#DEPRECATION_NOTE} and {@link
 * SwaggerKey#PARAMETERS} on a resource method, {@link SwaggerKey#BASE_PATH} on the {@code
 * @Connector} class, and {@link SwaggerKey#TYPE} on a body, property, resource method (its
 * response) or model type. Other keys there are ignored.
 *
 * <pre>{@code
 * @GET
 * @Path("{id}")
 * @Omit(SwaggerKey.SUMMARY)
 * public Ticket get(@Omit(SwaggerKey.URL_ENCODING) @PathParam("id") String id) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.PARAMETER,
  ElementType.METHOD,
  ElementType.TYPE,
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT
})
public @interface Omit {
  /** The keys to leave out. Example: {@code @Omit({SwaggerKey.REQUIRED})}. */
  SwaggerKey[] value();
}
