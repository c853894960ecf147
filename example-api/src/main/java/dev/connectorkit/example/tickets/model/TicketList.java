package dev.connectorkit.example.tickets.model;

import dev.connectorkit.annotations.Summary;
import java.util.List;

/**
 * Tickets found by a search or a poll, newest first.
 *
 * @param value the tickets
 */
public record TicketList(@Summary("Tickets") List<Ticket> value) {}
