package com.contoso.helpdesk;

import dev.connectorkit.annotations.Summary;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A help-desk ticket.
 *
 * @param id the ticket's ID
 * @param title a short title
 * @param priority how urgent it is
 * @param status where it is in its life
 * @param assignee who works on it
 * @param comments what was said about it
 * @param labels free-form labels and their values
 * @param created when it was filed
 */
public record Ticket(
    @Summary("Ticket ID") String id,
    @Summary("Title") String title,
    Priority priority,
    Status status,
    User assignee,
    List<Comment> comments,
    Map<String, String> labels,
    OffsetDateTime created) {}
