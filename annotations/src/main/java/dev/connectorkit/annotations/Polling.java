package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link Trigger} a polling trigger. With {@link #config()} the connector's gateway keeps
 * the polling state through the {@code pollingtrigger} policy in {@code apiProperties.json};
 * without, the service implements the protocol itself (202 + {@code Retry-After} + {@code Location}
 * while nothing is new, 200 + items + {@code Location} when something is).
 *
 * <pre>{@code
 * @GET
 * @Path("updates")
 * @Trigger(summary = "When a ticket is updated", type = TriggerType.BATCH)
 * @Polling(dataPath = "@triggerBody().value",
 *     config = @PollingParameter(name = "since", value = "@{triggerBody().value[0].updated}"))
 * public TicketPage updates(@QueryParam("since") String since) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Polling {

  /**
   * The query parameters the gateway sets from the last response ({@code triggerConfig}). Example:
   * {@code config = @PollingParameter(name = "since", value =
   * "@{triggerBody().value[0].updated}")}.
   */
  PollingParameter[] config() default {};

  /**
   * Where the new items are in the response ({@code triggerDataPath}). Empty derives it: {@code
   * @triggerBody()} for an array response, {@code @triggerBody().value} for an object with an
   * array property {@code value}. Example: {@code dataPath = "@triggerBody().value"}.
   */
  String dataPath() default "";

  /**
   * The {@code pollingtrigger} policy's title; empty: {@code "Polling trigger <operationId>"}.
   * Example: {@code title = "Poll for new tickets"}.
   */
  String title() default "";

  /** The legacy {@code type} of the policy. Example: {@code type = "PollingTrigger"}. */
  String type() default "";

  /**
   * Also write {@code x-ms-trigger-metadata: {kind: query, mode: polling}}. Example: {@code
   * metadata = false}.
   */
  boolean metadata() default true;
}
