package dev.connectorkit.example.tickets.model;

import dev.connectorkit.annotations.Summary;
import java.util.List;

/**
 * The agents tickets can be assigned to.
 *
 * @param value the agents, by name
 */
public record AssigneeList(@Summary("Agents") List<Assignee> value) {}
