package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the designer to localize a parameter's or property's default value ({@code
 * x-ms-localizeDefaultValue: true}).
 *
 * <pre>{@code
 * @LocalizeDefault @QueryParam("subject") @DefaultValue("New ticket") String subject
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
public @interface LocalizeDefault {}
