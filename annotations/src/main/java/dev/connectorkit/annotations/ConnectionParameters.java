package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The container of repeated {@link ConnectionParameter}s; write {@code @ConnectionParameter}
 * several times instead.
 *
 * <pre>{@code
 * @ConnectionParameter(name = "siteUrl", displayName = "Site URL")
 * @ConnectionParameter(name = "region", displayName = "Region")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ConnectionParameters {

  /** The parameters. Example: {@code {@ConnectionParameter(name = "siteUrl")}}. */
  ConnectionParameter[] value();
}
