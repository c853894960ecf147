package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter or model property as {@code "x-ms-visibility": "advanced"}: shown behind "Show
 * advanced options".
 *
 * <pre>{@code
 * @GET
 * public List<Ticket> list(@Advanced @QueryParam("top") @DefaultValue("50") int top) { ... }
 * }</pre>
 *
 * <p>Applies to method parameters, fields, getters and record components, and to model types (the
 * schema of every use, e.g. the items of a list).
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
public @interface Advanced {}
