package dev.connectorkit.example.tickets.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectorkit.example.tickets.model.NewTicket;
import dev.connectorkit.example.tickets.model.Ticket;
import dev.connectorkit.example.tickets.model.TicketStatus;
import dev.connectorkit.example.tickets.model.TicketUpdate;
import dev.connectorkit.example.tickets.polling.UpdateFeed.Poll;
import dev.connectorkit.example.tickets.store.Database;
import dev.connectorkit.example.tickets.store.JdbcTicketStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The polling cursor over a real store: batches, order, and cursors the store never issued. */
class UpdateFeedTest {
  private final JdbcTicketStore store = store();
  private final UpdateFeed feed = new UpdateFeed(store);

  @Test
  void aFirstPollStartsFromNowAndFindsNothing() {
    update(create("Old"));
    Poll first = feed.poll(Optional.empty());
    assertTrue(first.tickets().isEmpty());
    assertEquals(store.lastChange(), first.next());
  }

  @Test
  void moreUpdatesThanABatchComeOverSeveralPollsOldestBatchFirst() {
    long start = feed.poll(Optional.empty()).next();
    List<String> updated = new ArrayList<>();
    for (int i = 0; i < UpdateFeed.BATCH + 5; i++) {
      updated.add(update(create("T" + i)));
    }
    Poll one = feed.poll(Optional.of(start));
    assertEquals(UpdateFeed.BATCH, one.tickets().size());
    assertEquals(updated.get(UpdateFeed.BATCH - 1), one.tickets().get(0).id(), "newest first");
    assertEquals(updated.get(0), one.tickets().get(UpdateFeed.BATCH - 1).id());
    Poll two = feed.poll(Optional.of(one.next()));
    List<String> rest = new ArrayList<>(updated.subList(UpdateFeed.BATCH, updated.size()));
    Collections.reverse(rest);
    assertEquals(rest, two.tickets().stream().map(Ticket::id).toList());
    assertTrue(feed.poll(Optional.of(two.next())).tickets().isEmpty());
  }

  @Test
  void aCursorFromAnotherDatabaseRestartsFromNow() {
    Poll p = feed.poll(Optional.of(1_000_000L));
    assertTrue(p.tickets().isEmpty());
    assertEquals(store.lastChange(), p.next());
  }

  @Test
  void onlyCursorsTheServiceWritesParse() {
    assertEquals(Optional.of(42L), UpdateFeed.parse("42"));
    assertEquals(Optional.empty(), UpdateFeed.parse("-1"));
    assertEquals(Optional.empty(), UpdateFeed.parse("yesterday"));
    assertEquals(Optional.empty(), UpdateFeed.parse("1234567890123456789"));
  }

  private String create(String title) {
    return store.create("it", new NewTicket(title, null, null, null, null, null)).id();
  }

  private String update(String id) {
    store.update(id, new TicketUpdate(null, TicketStatus.RESOLVED, null, null));
    return id;
  }

  private static JdbcTicketStore store() {
    Database db =
        new Database("jdbc:h2:mem:feed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    db.migrate();
    return new JdbcTicketStore(db, Clock.systemUTC());
  }
}
