package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link Trigger} a webhook trigger: the method is the subscribe operation, its body has a
 * {@link NotificationUrl} property the platform fills with the flow's callback URL, the service
 * POSTs {@link #payload()} to that URL for each event, and the platform calls {@link
 * #unsubscribe()} (a DELETE on the {@code Location} the subscribe call returned) when the flow is
 * turned off.
 *
 * <pre>{@code
 * @POST
 * @Path("subscriptions")
 * @Trigger(summary = "When a ticket is created")
 * @Webhook(payload = Ticket.class, payloadDescription = "The new ticket.",
 *     unsubscribe = "DeleteSubscription")
 * @ApiResponse(status = 201, headers = @ResponseHeader(name = "Location"))
 * public Response subscribe(Subscription subscription) { ... }
 * }</pre>
 *
 * <p>Written as {@code x-ms-notification-content} on the path item; the unsubscribe operation is
 * checked to exist and made internal.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Webhook {

  /** The type of the event body the service sends. Example: {@code payload = Ticket.class}. */
  Class<?> payload();

  /** The event body is an array of {@link #payload()}. Example: {@code payloadArray = true}. */
  boolean payloadArray() default false;

  /** What the event body holds. Example: {@code payloadDescription = "The new ticket."}. */
  String payloadDescription() default "";

  /**
   * The operation that deletes a subscription: an operationId or the name of a resource method
   * ({@code "SubscriptionResource#delete"} or {@code "delete"}). Example: {@code unsubscribe =
   * "DeleteSubscription"}. Empty when the service ends subscriptions on its own and the connector
   * has no such operation.
   */
  String unsubscribe() default "";

  /**
   * Headers of the event the service sends ({@code x-ms-notification-content.headers}). Example:
   * {@code headers = @ResponseHeader(name = "Location", description = "Where to unsubscribe.")}.
   */
  ResponseHeader[] headers() default {};
}
