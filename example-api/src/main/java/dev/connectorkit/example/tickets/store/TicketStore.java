package dev.connectorkit.example.tickets.store;

import dev.connectorkit.example.tickets.model.Attachment;
import dev.connectorkit.example.tickets.model.NewTicket;
import dev.connectorkit.example.tickets.model.Ticket;
import dev.connectorkit.example.tickets.model.TicketUpdate;
import java.util.List;
import java.util.Optional;

/** Where tickets and their attachments live; implementations are safe for concurrent use. */
public interface TicketStore {

  /** Stores a new, already validated ticket in a queue and returns it with its ID. */
  Ticket create(String queue, NewTicket ticket);

  /** One ticket. */
  Optional<Ticket> find(String id);

  /** Tickets newest first, optionally of one queue, skipping {@code skip}, taking {@code top}. */
  List<Ticket> list(String queue, int skip, int top);

  /** Up to {@code top} tickets whose title or description contains the text, newest first. */
  List<Ticket> search(String text, int top);

  /** Applies an already validated update and numbers it; empty if there is no such ticket. */
  Optional<Ticket> update(String id, TicketUpdate update);

  /** Deletes a ticket and its attachments; false if there was none. */
  boolean delete(String id);

  /** Attaches a file to a ticket; empty if there is no such ticket. */
  Optional<Attachment> attach(String ticketId, String fileName, String contentType, byte[] bytes);

  /** An attachment of a ticket with its content. */
  Optional<StoredFile> file(String ticketId, String attachmentId);

  /** The number of the newest update, 0 before the first. */
  long lastChange();

  /** The oldest {@code max} tickets whose latest update is numbered above {@code cursor}. */
  List<TicketChange> changesAfter(long cursor, int max);

  /**
   * A ticket and the number of its latest update.
   *
   * @param sequence the update's number
   * @param ticket the ticket as the update left it
   */
  record TicketChange(long sequence, Ticket ticket) {}

  /**
   * An attachment with its bytes.
   *
   * @param attachment the attachment's description
   * @param content the file's bytes
   */
  record StoredFile(Attachment attachment, byte[] content) {}
}
