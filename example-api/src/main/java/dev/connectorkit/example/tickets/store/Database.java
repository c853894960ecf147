package dev.connectorkit.example.tickets.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A JDBC database reached by URL, with the service's schema created on {@link #migrate()}. */
public final class Database {
  private final String url;
  private final String user;
  private final String password;

  /** A database at a JDBC URL; user and password may be null. */
  public Database(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** Work to do on a connection. */
  @FunctionalInterface
  public interface Work<T> {
    /** Does the work. */
    T run(Connection connection) throws SQLException;
  }

  /** Runs statements on a connection in auto-commit mode. */
  public <T> T query(Work<T> work) {
    try (Connection c = connect()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("Database failure: " + e.getMessage(), e);
    }
  }

  /** Runs statements in one transaction, rolled back if the work fails. */
  public <T> T transaction(Work<T> work) {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("Database failure: " + e.getMessage(), e);
    }
  }

  /** Creates the tables that do not exist yet, from {@code db/schema.sql} on the class path. */
  public void migrate() {
    String script;
    try (InputStream in = Database.class.getResourceAsStream("/db/schema.sql")) {
      if (in == null) {
        throw new IllegalStateException("db/schema.sql is not on the class path");
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read db/schema.sql", e);
    }
    query(
        c -> {
          try (Statement s = c.createStatement()) {
            for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
              if (!sql.isBlank()) {
                s.execute(sql);
              }
            }
          }
          return null;
        });
  }

  private Connection connect() throws SQLException {
    return user == null
        ? DriverManager.getConnection(url)
        : DriverManager.getConnection(url, user, password);
  }
}
