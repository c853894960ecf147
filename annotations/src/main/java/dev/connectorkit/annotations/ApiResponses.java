package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The container of repeated {@link ApiResponse} annotations; write {@code @ApiResponse} several
 * times instead.
 *
 * <pre>{@code
 * @ApiResponse(status = 200, type = Ticket.class)
 * @ApiResponse(status = 404, description = "No such ticket")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ApiResponses {

  /** The responses. Example: {@code {@ApiResponse(status = 200), @ApiResponse(status = 404)}}. */
  ApiResponse[] value();
}
