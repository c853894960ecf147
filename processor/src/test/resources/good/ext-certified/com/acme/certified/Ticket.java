package com.acme.certified;

import dev.connectorkit.annotations.Summary;

/**
 * A help-desk ticket.
 *
 * @param id the ticket's ID
 * @param title what the ticket is about
 */
public record Ticket(@Summary("Ticket ID") String id, @Summary("Title") String title) {}
