package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The container of repeated {@link Extension} annotations; write {@code @Extension} several times.
 *
 * <pre>{@code
 * @Extension(name = "x-a", json = "1")
 * @Extension(name = "x-b", json = "2")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.TYPE,
  ElementType.METHOD,
  ElementType.PARAMETER,
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT
})
public @interface Extensions {

  /** The extensions. Example: {@code {@Extension(name = "x-a", json = "1")}}. */
  Extension[] value();
}
