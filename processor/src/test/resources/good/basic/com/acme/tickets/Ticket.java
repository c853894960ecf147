package com.acme.tickets;

import dev.connectorkit.annotations.Summary;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A help-desk ticket.
 *
 * @param id the ticket's ID
 * @param title a short title
 * @param tags labels attached to the ticket
 */
public record Ticket(
    @Summary("Ticket ID") String id,
    @Summary("Title") String title,
    Priority priority,
    List<String> tags,
    OffsetDateTime created) {}
