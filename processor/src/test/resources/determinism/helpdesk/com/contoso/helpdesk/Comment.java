package com.contoso.helpdesk;

import java.time.OffsetDateTime;

/**
 * A comment on a ticket.
 *
 * @param id the comment's ID
 * @param author who wrote it
 * @param text what it says
 * @param written when it was written
 */
public record Comment(String id, User author, String text, OffsetDateTime written) {}
