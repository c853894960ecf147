package dev.connectorkit.example.tickets.store;

import dev.connectorkit.example.tickets.model.Attachment;
import dev.connectorkit.example.tickets.store.TicketStore.StoredFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The SQL of the {@code attachments} table, on a connection the caller manages. */
final class AttachmentTable {
  private AttachmentTable() {}

  static void insert(Connection c, Attachment a, byte[] bytes) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO attachments (id, ticket_id, file_name, content_type, size, content,"
                + " created) VALUES (?,?,?,?,?,?,?)")) {
      s.setString(1, a.id());
      s.setString(2, a.ticketId());
      s.setString(3, a.fileName());
      s.setString(4, a.contentType());
      s.setLong(5, a.size());
      s.setBytes(6, bytes);
      s.setObject(7, a.created());
      s.executeUpdate();
    }
  }

  static Optional<StoredFile> select(Connection c, String ticketId, String attachmentId)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, ticket_id, file_name, content_type, size, created, content"
                + " FROM attachments WHERE id = ? AND ticket_id = ?")) {
      s.setString(1, attachmentId);
      s.setString(2, ticketId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Attachment a =
            new Attachment(
                rs.getString("id"),
                rs.getString("ticket_id"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size"),
                TicketRows.time(rs, "created"));
        return Optional.of(new StoredFile(a, rs.getBytes("content")));
      }
    }
  }
}
