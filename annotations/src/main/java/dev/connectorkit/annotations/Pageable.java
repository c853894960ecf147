package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation returns pages linked by a next-link property ({@code x-ms-pageable}); with {@link
 * #updateNextLink()} the {@code updatenextlink} policy routes the link through the connector.
 *
 * <pre>{@code
 * @GET
 * @Pageable(nextLinkName = "nextLink")
 * public TicketPage list(...) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Pageable {

  /**
   * The next-link property: {@code nextLink} or {@code @odata.nextLink}. Example: {@code
   * "nextLink"}.
   */
  String nextLinkName() default "nextLink";

  /** Also add the {@code updatenextlink} policy. Example: {@code updateNextLink = false}. */
  boolean updateNextLink() default true;
}
