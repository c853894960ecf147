package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a JAX-RS resource method as a connector trigger ({@code x-ms-trigger}).
 *
 * <pre>{@code
 * @GET
 * @Path("updates")
 * @Trigger(summary = "When a ticket is updated", type = TriggerType.BATCH)
 * public List<Ticket> updates(@QueryParam("since") String since) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Trigger {

  /**
   * The trigger's title, usually "When ...". Example: {@code summary = "When a ticket is created"}.
   */
  String summary() default "";

  /**
   * A full sentence saying when the trigger fires; empty takes the method's Javadoc. Example:
   * {@code description = "Fires when a ticket is created in any queue."}.
   */
  String description() default "";

  /** The unique, PascalCase operation id. Example: {@code operationId = "OnTicketCreated"}. */
  String operationId() default "";

  /** Where the designer shows the trigger. Example: {@code visibility = Visibility.IMPORTANT}. */
  Visibility visibility() default Visibility.NONE;

  /**
   * Whether one run handles one item ({@code single}) or the whole array the response holds ({@code
   * batch}). Example: {@code type = TriggerType.BATCH}.
   */
  TriggerType type() default TriggerType.SINGLE;

  /** Hides the trigger from new flows. Example: {@code deprecated = true}. */
  boolean deprecated() default false;

  /** {@code x-ms-trigger-hint}: how to make it fire. Example: {@code "Create a ticket."}. */
  String hint() default "";

  /**
   * {@code x-ms-notification}: the webhook operation whose events this trigger receives. Example:
   * {@code notification = "SubscribeToTickets"}.
   */
  String notification() default "";

  /**
   * {@code x-ms-operation-context.simulate}: an operation that fires the trigger for a test.
   * Example: {@code simulate = "CreateTestTicket"}.
   */
  String simulate() default "";

  /** Parameters of the {@link #simulate()} call. Example: {@code @Arg(name = "x", value = "1")}. */
  Arg[] simulateParameters() default {};

  /** {@code x-ms-no-generic-test}. Example: {@code noGenericTest = true}. */
  boolean noGenericTest() default false;
}
