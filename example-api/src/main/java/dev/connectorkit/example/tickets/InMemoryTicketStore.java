package dev.connectorkit.example.tickets;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A store kept in memory, for tests and local runs. */
public final class InMemoryTicketStore implements TicketStore {
  private final Map<String, Ticket> tickets = new LinkedHashMap<>();
  private final List<Queue> queues =
      List.of(new Queue("it", "IT"), new Queue("facilities", "Facilities"),
          new Queue("hr", "Human resources"));
  private final Clock clock;

  /** A store on the system clock. */
  public InMemoryTicketStore() {
    this(Clock.systemUTC());
  }

  /** A store on the given clock. */
  public InMemoryTicketStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public List<Queue> queues() {
    return queues;
  }

  @Override
  public synchronized List<Ticket> tickets(String queue, int skip, int top) {
    return tickets.values().stream()
        .filter(t -> queue == null || queue.equals(t.queue()))
        .sorted(Comparator.comparing(Ticket::created).reversed())
        .skip(skip)
        .limit(top)
        .toList();
  }

  @Override
  public synchronized Optional<Ticket> ticket(String id) {
    return Optional.ofNullable(tickets.get(id));
  }

  @Override
  public synchronized Ticket create(NewTicket t) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Ticket ticket = new Ticket(UUID.randomUUID().toString(), t.title(), t.description(),
        t.queue(), TicketStatus.OPEN, t.priority() == null ? Priority.NORMAL : t.priority(), null,
        t.tags() == null ? List.of() : new ArrayList<>(t.tags()), now, now);
    tickets.put(ticket.id(), ticket);
    return ticket;
  }

  @Override
  public synchronized Optional<Ticket> update(String id, TicketUpdate u) {
    Ticket t = tickets.get(id);
    if (t == null) {
      return Optional.empty();
    }
    Ticket updated = new Ticket(t.id(), u.title() != null ? u.title() : t.title(),
        t.description(), t.queue(), u.status() != null ? u.status() : t.status(),
        u.priority() != null ? u.priority() : t.priority(),
        u.assignee() != null ? u.assignee() : t.assignee(), t.tags(), t.created(),
        OffsetDateTime.now(clock));
    tickets.put(id, updated);
    return Optional.of(updated);
  }

  @Override
  public synchronized boolean delete(String id) {
    return tickets.remove(id) != null;
  }
}
