package dev.connectorkit.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One connector operation: a JAX-RS resource method at a full path and HTTP method.
 *
 * @param path the template relative to the connector's basePath, e.g. {@code /tickets/{id}}
 * @param method the lower-case HTTP method, e.g. {@code get}
 * @param trigger {@code "single"} or {@code "batch"} for a trigger, {@code null} for an action
 * @param extensions the operation's {@code x-ms-*} keys in writing order; values are JSON-shaped
 *     (strings, numbers, booleans, lists, maps) and may hold {@link OperationRef}s until linked
 * @param triggerFacts webhook or polling facts of a trigger, or null
 * @param explicitKeys keys written although the writer's rules leave them out ({@code @Explicit}):
 *     {@code consumes}, {@code produces}, {@code deprecated}
 * @param omitted keys left out although the writer's rules write them ({@code @Omit}): {@code
 *     parameters} when empty
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
    List<String> tags,
    Map<String, Object> extensions,
    TriggerFacts triggerFacts,
    Origin origin,
    Set<String> explicitKeys,
    List<String> omitted) {

  /** The same operation with another operationId. */
  public Operation withOperationId(String id) {
    return new Operation(
        path,
        method,
        id,
        summary,
        description,
        visibility,
        deprecated,
        trigger,
        consumes,
        produces,
        parameters,
        responses,
        tags,
        extensions,
        triggerFacts,
        origin,
        explicitKeys,
        omitted);
  }

  /** The same operation with other extensions (after operation references are linked). */
  public Operation withExtensions(Map<String, Object> newExtensions) {
    return new Operation(
        path,
        method,
        operationId,
        summary,
        description,
        visibility,
        deprecated,
        trigger,
        consumes,
        produces,
        parameters,
        responses,
        tags,
        newExtensions,
        triggerFacts,
        origin,
        explicitKeys,
        omitted);
  }

  /** The same operation with other parameters and responses (after linking). */
  public Operation withParametersAndResponses(List<Parameter> ps, List<Response> rs) {
    return new Operation(
        path,
        method,
        operationId,
        summary,
        description,
        visibility,
        deprecated,
        trigger,
        consumes,
        produces,
        ps,
        rs,
        tags,
        extensions,
        triggerFacts,
        origin,
        explicitKeys,
        omitted);
  }

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
