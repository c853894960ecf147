package dev.connectorkit.example.tickets.store;

import dev.connectorkit.example.tickets.model.Attachment;
import dev.connectorkit.example.tickets.model.NewTicket;
import dev.connectorkit.example.tickets.model.Priority;
import dev.connectorkit.example.tickets.model.Ticket;
import dev.connectorkit.example.tickets.model.TicketStatus;
import dev.connectorkit.example.tickets.model.TicketUpdate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A {@link TicketStore} in a JDBC database with the tables of {@code db/schema.sql}. */
public final class JdbcTicketStore implements TicketStore {
  private static final String SELECT = "SELECT " + TicketRows.COLUMNS + " FROM tickets ";

  private final Database db;
  private final Clock clock;
  // Updates are numbered and committed one at a time, so that a poller never sees update n + 1
  // before update n has committed and skips n with its cursor.
  private final Object updateLock = new Object();

  /** A store over a migrated database, on the given clock. */
  public JdbcTicketStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public Ticket create(String queue, NewTicket t) {
    OffsetDateTime now = now();
    Ticket ticket =
        new Ticket(
            UUID.randomUUID().toString(),
            t.title().strip(),
            t.description(),
            queue,
            TicketStatus.OPEN,
            t.priority() == null ? Priority.NORMAL : t.priority(),
            t.assignee(),
            t.tags() == null ? List.of() : List.copyOf(t.tags()),
            t.customFields() == null ? Map.of() : t.customFields(),
            now,
            now);
    db.query(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO tickets (id, title, description, queue, status, priority, assignee,"
                      + " tags, custom_fields, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            s.setString(1, ticket.id());
            s.setString(2, ticket.title());
            s.setString(3, ticket.description());
            s.setString(4, queue);
            s.setString(5, ticket.status().name());
            s.setString(6, ticket.priority().name());
            s.setString(7, ticket.assignee());
            s.setString(8, TicketRows.json(ticket.tags()));
            s.setString(9, TicketRows.json(ticket.customFields()));
            s.setObject(10, now);
            s.setObject(11, now);
            return s.executeUpdate();
          }
        });
    return ticket;
  }

  @Override
  public Optional<Ticket> find(String id) {
    return db.query(c -> find(c, id));
  }

  @Override
  public List<Ticket> list(String queue, int skip, int top) {
    return db.query(
        c -> {
          String where = queue == null ? "" : "WHERE queue = ? ";
          try (PreparedStatement s =
              c.prepareStatement(
                  SELECT
                      + where
                      + "ORDER BY created DESC, seq DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            int i = 1;
            if (queue != null) {
              s.setString(i++, queue);
            }
            s.setInt(i++, skip);
            s.setInt(i, top);
            return tickets(s);
          }
        });
  }

  @Override
  public List<Ticket> search(String text, int top) {
    String pattern =
        "%"
            + text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_")
            + "%";
    return db.query(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  SELECT
                      + "WHERE LOWER(title) LIKE ? ESCAPE '\\' OR LOWER(description) LIKE ? ESCAPE"
                      + " '\\' ORDER BY created DESC, seq DESC FETCH FIRST ? ROWS ONLY")) {
            s.setString(1, pattern);
            s.setString(2, pattern);
            s.setInt(3, top);
            return tickets(s);
          }
        });
  }

  @Override
  public Optional<Ticket> update(String id, TicketUpdate u) {
    synchronized (updateLock) {
      return db.transaction(c -> update(c, id, u));
    }
  }

  private Optional<Ticket> update(Connection c, String id, TicketUpdate u) throws SQLException {
    Optional<Ticket> found = find(c, id);
    if (found.isEmpty()) {
      return found;
    }
    Ticket t = found.get();
    Ticket updated =
        new Ticket(
            t.id(),
            u.title() != null ? u.title().strip() : t.title(),
            t.description(),
            t.queue(),
            u.status() != null ? u.status() : t.status(),
            u.priority() != null ? u.priority() : t.priority(),
            u.assignee() != null ? u.assignee() : t.assignee(),
            t.tags(),
            t.customFields(),
            t.created(),
            now());
    long seq;
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO ticket_changes (ticket_id) VALUES (?)", new String[] {"seq"})) {
      s.setString(1, id);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        seq = keys.getLong(1);
      }
    }
    try (PreparedStatement s = c.prepareStatement("DELETE FROM ticket_changes WHERE seq < ?")) {
      s.setLong(1, seq);
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE tickets SET title = ?, status = ?,"
                + " priority = ?, assignee = ?, updated = ?, change_seq = ? WHERE id = ?")) {
      s.setString(1, updated.title());
      s.setString(2, updated.status().name());
      s.setString(3, updated.priority().name());
      s.setString(4, updated.assignee());
      s.setObject(5, updated.updated());
      s.setLong(6, seq);
      s.setString(7, id);
      s.executeUpdate();
    }
    return Optional.of(updated);
  }

  @Override
  public boolean delete(String id) {
    return db.query(
        c -> {
          try (PreparedStatement s = c.prepareStatement("DELETE FROM tickets WHERE id = ?")) {
            s.setString(1, id);
            return s.executeUpdate() > 0;
          }
        });
  }

  @Override
  public Optional<Attachment> attach(
      String ticketId, String fileName, String contentType, byte[] bytes) {
    return db.transaction(
        c -> {
          if (find(c, ticketId).isEmpty()) {
            return Optional.empty();
          }
          Attachment a =
              new Attachment(
                  UUID.randomUUID().toString(),
                  ticketId,
                  fileName,
                  contentType,
                  bytes.length,
                  now());
          AttachmentTable.insert(c, a, bytes);
          return Optional.of(a);
        });
  }

  @Override
  public Optional<StoredFile> file(String ticketId, String attachmentId) {
    return db.query(c -> AttachmentTable.select(c, ticketId, attachmentId));
  }

  @Override
  public long lastChange() {
    return db.query(
        c -> {
          try (PreparedStatement s =
                  c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM ticket_changes");
              ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Override
  public List<TicketChange> changesAfter(long cursor, int max) {
    return db.query(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  SELECT + "WHERE change_seq > ? ORDER BY change_seq FETCH FIRST ? ROWS ONLY")) {
            s.setLong(1, cursor);
            s.setInt(2, max);
            List<TicketChange> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                out.add(new TicketChange(rs.getLong("change_seq"), TicketRows.ticket(rs)));
              }
            }
            return out;
          }
        });
  }

  private static Optional<Ticket> find(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(SELECT + "WHERE id = ?")) {
      s.setString(1, id);
      List<Ticket> found = tickets(s);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
  }

  private static List<Ticket> tickets(PreparedStatement s) throws SQLException {
    List<Ticket> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        out.add(TicketRows.ticket(rs));
      }
    }
    return out;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock)
        .withOffsetSameInstant(ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.MILLIS);
  }
}
