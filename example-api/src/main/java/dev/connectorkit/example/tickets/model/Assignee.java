package dev.connectorkit.example.tickets.model;

import dev.connectorkit.annotations.Summary;

/**
 * An agent tickets can be assigned to.
 *
 * @param email the agent's e-mail address, which identifies the agent
 * @param name the agent's display name
 */
public record Assignee(@Summary("E-mail") String email, @Summary("Name") String name) {}
