package dev.connectorkit.example.tickets;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the error responses of the service, each with a {@link Problem} body. */
final class Problems {
  private Problems() {}

  /** 404 for a ticket that does not exist. */
  static WebApplicationException notFound(String id) {
    return error(Response.Status.NOT_FOUND, "not_found", "There is no ticket " + id + ".");
  }

  /** 400 unless the value has text. */
  static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw error(Response.Status.BAD_REQUEST, "invalid_request", field + " is required.");
    }
  }

  static WebApplicationException error(Response.Status status, String code, String message) {
    return new WebApplicationException(Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new Problem(status.getStatusCode(), code, message))
        .build());
  }
}
