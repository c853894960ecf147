package com.acme;

/**
 * An event.
 *
 * @param id the ticket's ID
 */
public record Event(String id) {}
