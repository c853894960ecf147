package dev.connectorkit.example.tickets;

import java.util.List;
import java.util.Optional;

/** Where tickets and queues live. */
public interface TicketStore {

  /** All queues, by name. */
  List<Queue> queues();

  /** Tickets newest first, optionally of one queue, skipping {@code skip} and taking {@code top}. */
  List<Ticket> tickets(String queue, int skip, int top);

  /** One ticket. */
  Optional<Ticket> ticket(String id);

  /** Stores a new ticket and returns it with its ID. */
  Ticket create(NewTicket ticket);

  /** Applies an update; empty if there is no such ticket. */
  Optional<Ticket> update(String id, TicketUpdate update);

  /** Deletes a ticket; false if there was none. */
  boolean delete(String id);
}
