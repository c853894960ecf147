package com.acme.values;

import dev.connectorkit.annotations.DisplayName;

/** How urgent a reply is. */
public enum Priority {
  @DisplayName("Low priority")
  LOW,
  NORMAL,
  @DisplayName("High priority")
  HIGH
}
