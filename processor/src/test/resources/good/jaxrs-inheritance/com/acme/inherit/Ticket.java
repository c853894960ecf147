package com.acme.inherit;

/**
 * A ticket.
 *
 * @param id the ticket's ID
 * @param title the ticket's title
 */
public record Ticket(String id, String title) {}
