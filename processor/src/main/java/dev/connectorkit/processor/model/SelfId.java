package dev.connectorkit.processor.model;

/**
 * Stands in an extension value for the operationId of the operation that carries it, before ids are
 * assigned (e.g. the default {@code family} of {@code x-ms-api-annotation}).
 */
public enum SelfId {
  /** The carrying operation's id. */
  INSTANCE
}
