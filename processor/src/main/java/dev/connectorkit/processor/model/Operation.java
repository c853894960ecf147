package dev.connectorkit.processor.model;

import java.util.List;

/**
 * One connector operation: a JAX-RS resource method at a full path and HTTP method.
 *
 * @param path the template relative to the connector's basePath, e.g. {@code /tickets/{id}}
 * @param method the lower-case HTTP method, e.g. {@code get}
 * @param trigger {@code "single"} or {@code "batch"} for a trigger, {@code null} for an action
 */
public record Operation(
    String path,
    String method,
    String operationId,
    String summary,
    String description,
    String visibility,
    boolean deprecated,
    String trigger,
    List<String> consumes,
    List<String> produces,
    List<Parameter> parameters,
    List<Response> responses,
    Origin origin) {

  /** The variable names of the path template, in order. */
  public List<String> pathVariables() {
    List<String> out = new java.util.ArrayList<>();
    int i = path.indexOf('{');
    while (i >= 0) {
      int end = path.indexOf('}', i);
      out.add(path.substring(i + 1, end));
      i = path.indexOf('{', end);
    }
    return out;
  }

  /** Whether the operation carries a body parameter. */
  public boolean hasBody() {
    return parameters.stream().anyMatch(p -> p.location() == ParameterLocation.BODY);
  }

  /** Whether the operation carries form parameters. */
  public boolean hasForm() {
    return parameters.stream().anyMatch(p -> p.location() == ParameterLocation.FORM_DATA);
  }
}
