package com.acme.hooks;

/**
 * A ticket event.
 *
 * @param id the ticket's ID
 * @param title the ticket's title
 */
public record TicketEvent(String id, String title) {}
