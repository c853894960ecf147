package com.contoso.helpdesk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What it takes to file a ticket.
 *
 * @param title a short title
 * @param body what the problem is
 * @param priority how urgent it is
 * @param queue the queue to file it in
 */
public record NewTicket(
    @NotNull @Size(max = 120) String title,
    String body,
    Priority priority,
    String queue) {}
