package dev.connectorkit.example.tickets.store;

import dev.connectorkit.example.tickets.model.Subscription;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A {@link SubscriptionStore} in a JDBC database with the tables of {@code db/schema.sql}. */
public final class JdbcSubscriptionStore implements SubscriptionStore {
  private static final String SELECT =
      "SELECT id, callback_url, queue, created FROM subscriptions ";

  private final Database db;
  private final Clock clock;

  /** A store over a migrated database, on the given clock. */
  public JdbcSubscriptionStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public Subscription add(String callbackUrl, String queue) {
    OffsetDateTime now =
        OffsetDateTime.now(clock)
            .withOffsetSameInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.MILLIS);
    Subscription sub = new Subscription(UUID.randomUUID().toString(), callbackUrl, queue, now);
    db.query(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO subscriptions (id, callback_url, queue, created) VALUES"
                      + " (?,?,?,?)")) {
            s.setString(1, sub.id());
            s.setString(2, callbackUrl);
            s.setString(3, queue);
            s.setObject(4, now);
            return s.executeUpdate();
          }
        });
    return sub;
  }

  @Override
  public Optional<Subscription> find(String id) {
    List<Subscription> found = select("WHERE id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public boolean delete(String id) {
    return db.query(
        c -> {
          try (PreparedStatement s = c.prepareStatement("DELETE FROM subscriptions WHERE id = ?")) {
            s.setString(1, id);
            return s.executeUpdate() > 0;
          }
        });
  }

  @Override
  public List<Subscription> forQueue(String queue) {
    return select("WHERE queue IS NULL OR queue = ? ORDER BY created", queue);
  }

  private List<Subscription> select(String where, String value) {
    return db.query(
        c -> {
          try (PreparedStatement s = c.prepareStatement(SELECT + where)) {
            s.setString(1, value);
            List<Subscription> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                out.add(row(rs));
              }
            }
            return out;
          }
        });
  }

  private static Subscription row(ResultSet rs) throws SQLException {
    return new Subscription(
        rs.getString("id"),
        rs.getString("callback_url"),
        rs.getString("queue"),
        TicketRows.time(rs, "created"));
  }
}
