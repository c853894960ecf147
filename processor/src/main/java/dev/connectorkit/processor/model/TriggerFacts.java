package dev.connectorkit.processor.model;

import java.util.List;
import java.util.Map;

/**
 * What makes a trigger a webhook or polling trigger.
 *
 * @param webhookPayload the schema of the event body a webhook sends, or null
 * @param unsubscribe the webhook's DELETE operation, or null (none, or not a webhook)
 * @param pollingConfig the {@code triggerConfig} of the polling policy (empty for none), or null
 *     when the trigger does not poll
 * @param pollingDataPath the {@code triggerDataPath}
 * @param webhookHeaders the headers of the event a webhook sends
 */
public record TriggerFacts(
    Schema webhookPayload,
    String webhookDescription,
    OperationRef unsubscribe,
    Map<String, String> pollingConfig,
    String pollingDataPath,
    Origin origin,
    List<Header> webhookHeaders) {

  /** Facts without webhook headers. */
  public TriggerFacts(
      Schema webhookPayload,
      String webhookDescription,
      OperationRef unsubscribe,
      Map<String, String> pollingConfig,
      String pollingDataPath,
      Origin origin) {
    this(
        webhookPayload,
        webhookDescription,
        unsubscribe,
        pollingConfig,
        pollingDataPath,
        origin,
        List.of());
  }

  /** Whether this is a webhook trigger. */
  public boolean isWebhook() {
    return webhookPayload != null;
  }

  /** Whether this is a polling trigger. */
  public boolean isPolling() {
    return pollingConfig != null;
  }
}
