package dev.connectorkit.example.tickets.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a ticket is in its life cycle. */
public enum TicketStatus {
  @JsonProperty("open")
  OPEN,
  @JsonProperty("in-progress")
  IN_PROGRESS,
  @JsonProperty("resolved")
  RESOLVED,
  @JsonProperty("closed")
  CLOSED
}
