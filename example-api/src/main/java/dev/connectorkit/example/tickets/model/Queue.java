package dev.connectorkit.example.tickets.model;

import dev.connectorkit.annotations.Summary;

/**
 * A queue tickets are filed in.
 *
 * @param id the queue's ID
 * @param name the queue's display name
 */
public record Queue(@Summary("Queue ID") String id, @Summary("Queue name") String name) {}
