package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation's place in a versioned family ({@code x-ms-api-annotation}): deprecate an operation
 * by giving its successor the same family and a higher revision.
 *
 * <pre>{@code
 * @GET
 * @Path("v2/tickets")
 * @Action(operationId = "ListTickets_V2")
 * @Revision(family = "ListTickets", revision = 2)
 * public TicketPage listV2(...) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Revision {

  /** The family, usually the first operationId. Example: {@code family = "ListTickets"}. */
  String family() default "";

  /** The revision, 1 or more. Example: {@code revision = 2}. */
  int revision() default 1;

  /** The release status. Example: {@code status = ReleaseStatus.PRODUCTION}. */
  ReleaseStatus status() default ReleaseStatus.NONE;

  /** The replacing API, with {@link #replacementOperation()}. Example: {@code "contoso"}. */
  String replacementApi() default "";

  /** The replacing operation of a deprecated one. Example: {@code "ListTickets_V2"}. */
  String replacementOperation() default "";
}
