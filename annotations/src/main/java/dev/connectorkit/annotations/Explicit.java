package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Writes keys of an operation that ConnectorKit leaves out when they repeat the connector's own, to
 * reproduce an existing definition that has them: {@link SwaggerKey#CONSUMES}, {@link
 * SwaggerKey#PRODUCES}, {@link SwaggerKey#DEPRECATED} and {@link SwaggerKey#SECURITY} on a resource
 * method, {@link SwaggerKey#PROPERTIES} on a model type. Other keys are ignored.
 *
 * <pre>{@code
 * @GET
 * @Produces(MediaType.APPLICATION_JSON)
 * @Explicit(SwaggerKey.PRODUCES)
 * public List<Ticket> list() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Explicit {
  /** The keys to write. Example: {@code @Explicit({SwaggerKey.CONSUMES, SwaggerKey.PRODUCES})}. */
  SwaggerKey[] value();
}
