package dev.connectorkit.example.tickets;

/**
 * A queue tickets are filed in.
 *
 * @param id the queue's ID
 * @param name the queue's display name
 */
public record Queue(String id, String name) {}
