package com.acme;

/** A ticket. */
public record Ticket(String id, String title) {}
