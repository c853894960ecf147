package dev.connectorkit.example.tickets;

import dev.connectorkit.annotations.Summary;
import jakarta.validation.constraints.Size;

/**
 * The changes to make to a ticket; fields left out stay as they are.
 *
 * @param title a new title
 * @param status a new status
 * @param priority a new priority
 * @param assignee the e-mail address of the new assignee
 */
public record TicketUpdate(
    @Summary("Title") @Size(max = 200) String title,
    @Summary("Status") TicketStatus status,
    @Summary("Priority") Priority priority,
    @Summary("Assignee") String assignee) {}
