package dev.connectorkit.example.tickets.polling;

import dev.connectorkit.example.tickets.model.Ticket;
import dev.connectorkit.example.tickets.store.TicketStore;
import dev.connectorkit.example.tickets.store.TicketStore.TicketChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The polling side of "When a ticket is updated": a cursor is the number of the last update a
 * poller has seen; each poll returns the tickets updated after it and the cursor to poll next.
 */
public final class UpdateFeed {
  /** The most tickets one poll returns; the rest come with the next poll. */
  public static final int BATCH = 100;

  private final TicketStore store;

  /** A feed over a store. */
  public UpdateFeed(TicketStore store) {
    this.store = store;
  }

  /**
   * What one poll found.
   *
   * @param tickets the tickets updated after the cursor, newest first; empty if none
   * @param next the cursor to poll with next
   */
  public record Poll(List<Ticket> tickets, long next) {}

  /**
   * Polls from a cursor; without one (a first poll) or with one the store has never reached (its
   * database was replaced), the poll starts from now and finds nothing.
   */
  public Poll poll(Optional<Long> cursor) {
    long last = store.lastChange();
    if (cursor.isEmpty() || cursor.get() > last) {
      return new Poll(List.of(), last);
    }
    List<TicketChange> changes = store.changesAfter(cursor.get(), BATCH);
    if (changes.isEmpty()) {
      return new Poll(List.of(), cursor.get());
    }
    List<Ticket> newestFirst = new ArrayList<>();
    for (int i = changes.size() - 1; i >= 0; i--) {
      newestFirst.add(changes.get(i).ticket());
    }
    return new Poll(newestFirst, changes.get(changes.size() - 1).sequence());
  }

  /** Reads a cursor as the service wrote it; empty if it is not one. */
  public static Optional<Long> parse(String cursor) {
    if (cursor == null || !cursor.matches("[0-9]{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(cursor));
  }
}
