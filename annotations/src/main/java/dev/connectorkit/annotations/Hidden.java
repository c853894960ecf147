package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leaves a resource method, or a whole resource class, out of the connector: the JAX-RS endpoint
 * still exists, Power Platform does not see it.
 *
 * <pre>{@code
 * @GET
 * @Path("metrics")
 * @Hidden
 * public Metrics metrics() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Hidden {}
