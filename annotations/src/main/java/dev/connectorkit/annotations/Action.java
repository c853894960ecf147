package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a JAX-RS resource method as a connector action.
 *
 * <p>Every resource method of a connector's resources is an operation; this annotation says how the
 * designer presents it.
 *
 * <pre>{@code
 * @POST
 * @Action(summary = "Create a ticket", description = "Creates a ticket in the given queue.")
 * public Ticket create(NewTicket ticket) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Action {

  /**
   * The action's title in the designer: sentence case, at most 80 characters, no trailing
   * punctuation. Empty derives one from the method name. Example: {@code summary = "Get a ticket"}.
   */
  String summary() default "";

  /**
   * A full sentence saying what the action does; empty takes the method's Javadoc. Example: {@code
   * description = "Gets one ticket by its ID."}.
   */
  String description() default "";

  /**
   * The unique, PascalCase operation id. Empty derives it from the method name ({@code getTicket}
   * becomes {@code GetTicket}). Example: {@code operationId = "GetTicket"}.
   */
  String operationId() default "";

  /**
   * Where the designer shows the action. Example: {@code visibility = Visibility.INTERNAL} for an
   * operation that only feeds a dropdown.
   */
  Visibility visibility() default Visibility.NONE;

  /**
   * Hides the action from new flows ({@code deprecated: true}); existing flows keep working.
   * Methods annotated {@code @Deprecated} are deprecated too. Example: {@code deprecated = true}.
   */
  boolean deprecated() default false;

  /**
   * {@code x-ms-no-generic-test}: skip the generic test of this operation. Example: {@code true}.
   */
  boolean noGenericTest() default false;

  /**
   * {@code x-ms-safe-operation}: a non-GET operation without side effects. Example: {@code true}.
   */
  boolean safe() default false;

  /** {@code x-ms-capabilities.chunkTransfer}: accepts chunked uploads. Example: {@code true}. */
  boolean chunkTransfer() default false;
}
