package dev.connectorkit.importer.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * An existing connector as read from its two files; absent sections are null so that the import can
 * tell an empty section from a missing one.
 *
 * @param notifications {@code x-ms-notification-content} of each path that has one
 * @param rootExtensions the {@code x-} keys of the document root, in file order
 */
public record ImportedConnector(
    Info info,
    String host,
    String basePath,
    List<String> schemes,
    List<String> consumes,
    List<String> produces,
    List<Operation> operations,
    Map<String, Notification> notifications,
    Map<String, Schema> definitions,
    Map<String, Parameter> sharedParameters,
    Map<String, Response> sharedResponses,
    Map<String, JsonNode> securityDefinitions,
    JsonNode security,
    JsonNode tags,
    Map<String, JsonNode> rootExtensions,
    Properties properties) {

  /** {@code info}: title, description, version, contact and its {@code x-} keys. */
  public record Info(
      String title,
      String description,
      String version,
      String contactName,
      String contactUrl,
      String contactEmail,
      String termsOfService,
      Map<String, JsonNode> extensions) {}

  /** The {@code x-ms-notification-content} of a webhook's path. */
  public record Notification(
      String pointer, String description, Schema schema, List<Response.Header> headers) {}

  /** {@code apiProperties.json}; absent keys are null. */
  public record Properties(
      Map<String, JsonNode> connectionParameters,
      ParameterSets connectionParameterSets,
      String iconBrandColor,
      List<String> capabilities,
      JsonNode policyTemplateInstances,
      String publisher,
      String stackOwner,
      List<String> scriptOperations) {}

  /**
   * {@code connectionParameterSets}: the chooser's texts (null when absent) and the choices.
   *
   * @param pointer where it is in {@code apiProperties.json}
   */
  public record ParameterSets(
      String displayName, String description, List<ParameterSet> values, String pointer) {}

  /**
   * One choice of {@code connectionParameterSets.values}; absent texts are null.
   *
   * @param parameters its connection parameters, as {@code connectionParameters} holds them
   * @param pointer where it is in {@code apiProperties.json}
   */
  public record ParameterSet(
      String name,
      String displayName,
      String description,
      Map<String, JsonNode> parameters,
      String pointer) {}
}
