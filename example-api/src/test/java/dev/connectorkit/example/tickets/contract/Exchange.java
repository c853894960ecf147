package dev.connectorkit.example.tickets.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One request and its response, as the contract client sent and received them.
 *
 * @param operationId the operation called
 * @param status the response status
 * @param headers the response headers
 * @param body the response body, empty if none
 */
public record Exchange(String operationId, int status, HttpHeaders headers, byte[] body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The body as JSON. */
  public JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + text(), e);
    }
  }

  /** The body as text. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** A response header. */
  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /** A response header that must be there. */
  public String requiredHeader(String name) {
    return header(name)
        .orElseThrow(() -> new AssertionError(operationId + " answered without " + name));
  }
}
