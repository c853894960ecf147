package dev.connectorkit.example.tickets.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What to send to one operation of the definition: parameter values, a body, the API key. */
public final class Call {
  final String operationId;
  final Map<String, String> path = new LinkedHashMap<>();
  final Map<String, List<String>> query = new LinkedHashMap<>();
  final Map<String, FilePart> files = new LinkedHashMap<>();
  JsonNode json;
  String url;
  String key = TestService.KEY;
  boolean violatesDefinition;

  /**
   * A file in a multipart form.
   *
   * @param fileName the file's name
   * @param contentType the file's media type
   * @param content the file's bytes
   */
  record FilePart(String fileName, String contentType, byte[] content) {}

  private Call(String operationId) {
    this.operationId = operationId;
  }

  /** A call of the operation with that ID. */
  public static Call to(String operationId) {
    return new Call(operationId);
  }

  /** A path parameter. */
  public Call path(String name, String value) {
    path.put(name, value);
    return this;
  }

  /** A query parameter. */
  public Call query(String name, Object value) {
    query.computeIfAbsent(name, k -> new ArrayList<>()).add(String.valueOf(value));
    return this;
  }

  /** A JSON body. */
  public Call json(JsonNode body) {
    this.json = body;
    return this;
  }

  /** A file in a multipart form body. */
  public Call file(String name, String fileName, String contentType, byte[] content) {
    files.put(name, new FilePart(fileName, contentType, content));
    return this;
  }

  /** An absolute URL the service handed out (Location, nextLink) instead of path and query. */
  public Call url(String absolute) {
    this.url = absolute;
    return this;
  }

  /** Another API key, or none for null. */
  public Call key(String apiKey) {
    this.key = apiKey;
    return this;
  }

  /**
   * The request breaks the definition on purpose (a missing required value): the client checks that
   * the definition indeed forbids it, sends it anyway, and still checks the response.
   */
  public Call violatesDefinition() {
    this.violatesDefinition = true;
    return this;
  }
}
