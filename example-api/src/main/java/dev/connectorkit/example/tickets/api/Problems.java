package dev.connectorkit.example.tickets.api;

import dev.connectorkit.example.tickets.model.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the error responses of the service, each with a {@link Problem} body. */
public final class Problems {
  private Problems() {}

  /** A response with a {@link Problem} body. */
  public static Response response(int status, String code, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new Problem(status, code, message))
        .build();
  }

  /** 400: the request is not valid; nothing was stored. */
  public static WebApplicationException badRequest(String message) {
    return new WebApplicationException(response(400, "invalid_request", message));
  }

  /** 404: the thing the path names does not exist. */
  public static WebApplicationException notFound(String message) {
    return new WebApplicationException(response(404, "not_found", message));
  }

  /** 400 unless the value has text of at most {@code max} characters. */
  public static String requireText(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw badRequest(field + " is required.");
    }
    return requireLength(value, field, max);
  }

  /** 400 if the value is longer than {@code max} characters. */
  public static String requireLength(String value, String field, int max) {
    if (value != null && value.length() > max) {
      throw badRequest(field + " must be at most " + max + " characters long.");
    }
    return value;
  }

  /** 400 unless {@code min <= value <= max}. */
  public static int requireRange(int value, String field, int min, int max) {
    if (value < min || value > max) {
      throw badRequest(field + " must be between " + min + " and " + max + ".");
    }
    return value;
  }

  /** 400 if the request has no body. */
  public static <T> T requireBody(T body) {
    if (body == null) {
      throw badRequest("The request needs a JSON body.");
    }
    return body;
  }
}
