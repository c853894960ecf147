package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one response of an operation where the method signature cannot say it, for example a
 * method returning {@code jakarta.ws.rs.core.Response}, or an error status.
 *
 * <pre>{@code
 * @POST
 * @ApiResponse(status = 201, description = "Created", type = Ticket.class,
 *     headers = @ResponseHeader(name = "Location", description = "The new ticket's URL."))
 * @ApiResponse(status = 400, description = "The ticket is not valid", type = Problem.class)
 * public Response create(NewTicket ticket) { ... }
 * }</pre>
 *
 * <p>Once a method declares any response, only declared responses are written; a declared success
 * response without {@link #type()} takes the type the method returns, if it says one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(ApiResponses.class)
public @interface ApiResponse {

  /** The HTTP status code, or 0 for {@code default}. Example: {@code status = 201}. */
  int status();

  /**
   * What the response means. Empty takes the status's reason phrase ({@code "Created"}). Example:
   * {@code description = "The ticket was created"}.
   */
  String description() default "";

  /**
   * The body's type; {@code void.class} (the default) means the method's return type for a 2xx
   * response and no body otherwise. Example: {@code type = Ticket.class}.
   */
  Class<?> type() default void.class;

  /**
   * The body is an array of {@link #type()}. Example: {@code type = Ticket.class, array = true}.
   */
  boolean array() default false;

  /** The response has no body, whatever the method returns. Example: {@code empty = true}. */
  boolean empty() default false;

  /**
   * Response headers. Example: {@code headers = @ResponseHeader(name = "Retry-After", type =
   * Integer.class)}.
   */
  ResponseHeader[] headers() default {};

  /** The response's display title ({@code x-ms-summary}). Example: {@code summary = "Ticket"}. */
  String summary() default "";

  /**
   * Writes the response once in the global {@code responses} section under this name and refers to
   * it with {@code $ref}. Example: {@code shared = "NotFound"}.
   */
  String shared() default "";
}
