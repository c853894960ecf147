package dev.connectorkit.example.tickets.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectorkit.example.tickets.model.Priority;
import dev.connectorkit.example.tickets.model.Ticket;
import dev.connectorkit.example.tickets.model.TicketStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps rows of the {@code tickets} table to model records and back. */
final class TicketRows {
  static final String COLUMNS =
      "id, title, description, queue, status, priority, assignee, tags, custom_fields, created,"
          + " updated, change_seq";

  private static final ObjectMapper JSON = new ObjectMapper();

  private TicketRows() {}

  static Ticket ticket(ResultSet rs) throws SQLException {
    return new Ticket(
        rs.getString("id"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("queue"),
        TicketStatus.valueOf(rs.getString("status")),
        Priority.valueOf(rs.getString("priority")),
        rs.getString("assignee"),
        read(rs.getString("tags"), new TypeReference<List<String>>() {}),
        read(rs.getString("custom_fields"), new TypeReference<LinkedHashMap<String, String>>() {}),
        time(rs, "created"),
        time(rs, "updated"));
  }

  /** A timestamp in UTC, as every timestamp the service writes. */
  static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
  }

  static String json(List<String> tags) {
    return write(tags == null ? List.of() : tags);
  }

  static String json(Map<String, String> fields) {
    return write(fields == null ? Map.of() : fields);
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not JSON: " + value, e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored JSON does not parse: " + json, e);
    }
  }
}
