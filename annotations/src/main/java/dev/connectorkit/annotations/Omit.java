package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leaves out keys that ConnectorKit writes by rule, to reproduce an existing definition that does
 * not have them, as many hand-written and generated connector files do.
 *
 * <pre>{@code
 * @Connector(...)
 * @Omit(SwaggerKey.URL_ENCODING)
 * public class TicketsApplication extends Application {}
 *
 * @GET
 * @Omit(SwaggerKey.SUMMARY)
 * public List<Ticket> list(@Omit(SwaggerKey.REQUIRED) @QueryParam("top") Integer top) { ... }
 * }</pre>
 *
 * <p>Operation keys ({@link SwaggerKey#SUMMARY}, {@link SwaggerKey#DEPRECATION_NOTE}, {@link
 * SwaggerKey#PARAMETERS}) and parameter keys ({@link SwaggerKey#REQUIRED}, {@link
 * SwaggerKey#URL_ENCODING}) may be listed on the {@code @Connector} class (every operation), a
 * resource class (its operations), a resource method (the operation and its parameters) or a
 * parameter; what each level lists adds up. {@link SwaggerKey#BASE_PATH} goes on the
 * {@code @Connector} class; {@link SwaggerKey#TYPE} on a body parameter, a property, a resource
 * method (its response) or a model type. Other keys there are ignored.
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
