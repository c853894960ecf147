package dev.connectorkit.example.tickets.model;

import dev.connectorkit.annotations.Summary;
import java.util.List;

/**
 * One page of tickets.
 *
 * @param value the tickets on this page, newest first
 * @param nextLink the URL of the next page, absent on the last page
 */
public record TicketPage(@Summary("Tickets") List<Ticket> value, String nextLink) {}
