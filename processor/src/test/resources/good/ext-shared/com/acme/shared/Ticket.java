package com.acme.shared;

/**
 * A ticket.
 *
 * @param id the ticket's ID
 */
public record Ticket(String id) {}
