package dev.connectorkit.example.tickets.model;

import dev.connectorkit.annotations.Important;
import dev.connectorkit.annotations.Summary;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A help-desk ticket.
 *
 * @param id the ticket's unique ID
 * @param title a one-line summary of the problem
 * @param description the full description of the problem
 * @param queue the ID of the queue the ticket is in
 * @param status where the ticket is in its life cycle
 * @param priority how urgent the ticket is
 * @param assignee the e-mail address of the agent working on the ticket
 * @param tags free labels attached to the ticket
 * @param customFields the values of the queue's custom fields, as text
 * @param created when the ticket was created
 * @param updated when the ticket was last changed
 */
public record Ticket(
    @Summary("Ticket ID") String id,
    @Important @Summary("Title") String title,
    @Summary("Description") String description,
    @Summary("Queue") String queue,
    @Summary("Status") TicketStatus status,
    @Summary("Priority") Priority priority,
    @Summary("Assignee") String assignee,
    @Summary("Tags") List<String> tags,
    @Summary("Custom fields") Map<String, String> customFields,
    @Summary("Created") OffsetDateTime created,
    @Summary("Updated") OffsetDateTime updated) {}
