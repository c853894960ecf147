package dev.connectorkit.example.tickets.model;

import dev.connectorkit.annotations.Summary;
import java.time.OffsetDateTime;

/**
 * A file attached to a ticket.
 *
 * @param id the attachment's ID
 * @param ticketId the ID of the ticket the file is attached to
 * @param fileName the file's name
 * @param contentType the file's media type as uploaded
 * @param size the file's size in bytes
 * @param created when the file was attached
 */
public record Attachment(
    @Summary("Attachment ID") String id,
    @Summary("Ticket ID") String ticketId,
    @Summary("File name") String fileName,
    @Summary("Content type") String contentType,
    @Summary("Size") long size,
    @Summary("Created") OffsetDateTime created) {}
