package dev.connectorkit.example.tickets.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ParamException;

/** Turns every failure into a response with a {@code Problem} body. */
public final class ErrorMappers {
  private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

  private ErrorMappers() {}

  /** JAX-RS errors: kept when they carry a body, given one otherwise. */
  public static final class WebErrors implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response r = e.getResponse();
      if (r.hasEntity()) {
        return r;
      }
      if (e instanceof ParamException p) {
        return Problems.response(
            400, "invalid_request", "Parameter " + p.getParameterName() + " is not valid.");
      }
      int status = r.getStatus();
      String code =
          switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "invalid_request";
          };
      Response problem =
          Problems.response(
              status,
              code,
              Response.Status.fromStatusCode(status) == null
                  ? "The request failed."
                  : Response.Status.fromStatusCode(status).getReasonPhrase() + ".");
      Response.ResponseBuilder out = Response.fromResponse(problem);
      r.getHeaders()
          .forEach(
              (name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                  values.forEach(v -> out.header(name, v));
                }
              });
      return out.build();
    }
  }

  /** Request bodies that are not JSON or do not fit the model: 400. */
  public static final class JsonErrors implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
      String message;
      if (e instanceof UnrecognizedPropertyException u) {
        message = "Unknown property " + u.getPropertyName() + ".";
      } else if (e instanceof InvalidFormatException f) {
        message = "Value " + f.getValue() + " is not valid for " + path(f) + ".";
      } else if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
        message = "Property " + path(m) + " has the wrong type.";
      } else {
        message = "The body is not valid JSON.";
      }
      return Problems.response(400, "invalid_request", message);
    }

    private static String path(MismatchedInputException e) {
      return e.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining("."));
    }
  }

  /** Anything else: logged, and a 500 that says nothing about the internals. */
  public static final class UnexpectedErrors implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      LOG.log(Level.SEVERE, "Unexpected failure", e);
      return Problems.response(500, "internal_error", "The service failed; try again later.");
    }
  }
}
