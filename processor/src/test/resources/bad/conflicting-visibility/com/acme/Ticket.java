package com.acme;

import dev.connectorkit.annotations.Advanced;
import dev.connectorkit.annotations.Internal;

/** A ticket. */
public record Ticket(
    String id,
    @Internal
    @Advanced
    String title) {}
