package com.acme.polls;

import java.time.OffsetDateTime;

/**
 * A change to a ticket.
 *
 * @param ticketId the changed ticket
 * @param updated when it changed
 */
public record Update(String ticketId, OffsetDateTime updated) {}
