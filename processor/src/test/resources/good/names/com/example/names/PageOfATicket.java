package com.example.names;

/**
 * Contrived: its name is also the generated name of {@code Page<a.Ticket>}, so both get a
 * number.
 */
public record PageOfATicket(String contrived) {}
