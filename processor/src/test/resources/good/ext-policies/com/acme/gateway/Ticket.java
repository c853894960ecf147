package com.acme.gateway;

/**
 * A ticket.
 *
 * @param id the ticket's ID
 * @param updated when it last changed
 */
public record Ticket(String id, String updated) {}
