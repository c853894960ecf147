package dev.connectorkit.example.tickets.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How urgent a ticket is. */
public enum Priority {
  @JsonProperty("low")
  LOW,
  @JsonProperty("normal")
  NORMAL,
  @JsonProperty("high")
  HIGH,
  @JsonProperty("urgent")
  URGENT
}
