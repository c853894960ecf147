package com.acme.ops;

/**
 * A ticket.
 *
 * @param id the ticket's ID
 * @param title the title
 */
public record Ticket(String id, String title) {}
