package dev.connectorkit.annotations;

/**
 * The value of {@code x-ms-trigger}, for {@link Trigger#type()}.
 *
 * <p>Example: {@code @Trigger(summary = "When tickets are updated", type = TriggerType.BATCH)}.
 */
public enum TriggerType {
  /** {@code "single"}: the response is one object; one run per event. */
  SINGLE,
  /** {@code "batch"}: the response is an array; the designer splits it into runs. */
  BATCH
}
