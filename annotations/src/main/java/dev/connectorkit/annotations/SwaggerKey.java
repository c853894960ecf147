package dev.connectorkit.annotations;

/**
 * Keys of {@code apiDefinition.swagger.json} whose writing follows a rule ConnectorKit applies, for
 * {@link Omit} (leave a key out that the rule writes) and {@link Explicit} (write a key the rule
 * leaves out). They exist to reproduce an existing definition exactly, for example one imported
 * from Swagger.
 *
 * <p>Example: {@code @Omit(SwaggerKey.URL_ENCODING) @PathParam("id") String id}.
 */
public enum SwaggerKey {
  /**
   * A parameter's {@code "required": false}, written on every optional parameter; a required
   * parameter keeps {@code "required": true}. Applies to {@link Omit}.
   */
  REQUIRED,
  /**
   * A schema's {@code type}, written for every Java type: leave it out for a value that may be any
   * JSON, or whose shape a dynamic schema gives. Applies to {@link Omit} on a body parameter, a
   * property, a resource method (its response body) or a model type.
   */
  TYPE,
  /** An operation's {@code "parameters": []}, written even when empty. Applies to {@link Omit}. */
  PARAMETERS,
  /**
   * An operation's {@code deprecated}, written only when true; {@link Explicit} writes {@code
   * false} too.
   */
  DEPRECATED,
  /**
   * An object schema's {@code properties}, written only when it has some; {@link Explicit} on a
   * model type (a record without components) writes {@code "properties": {}}, as the connector
   * designer does for an object it knows nothing of.
   */
  PROPERTIES,
  /**
   * A path parameter's {@code x-ms-url-encoding}, written {@code "single"} (or {@code "double"}
   * with {@code @Encoded}) on every path parameter. Applies to {@link Omit}.
   */
  URL_ENCODING,
  /**
   * An operation's {@code summary}, derived from the method name when {@code @Action} or
   * {@code @Trigger} gives none. Applies to {@link Omit}.
   */
  SUMMARY,
  /**
   * The "(deprecated)" note added to the summary and description of a deprecated operation. Applies
   * to {@link Omit}.
   */
  DEPRECATION_NOTE,
  /** The document's {@code basePath}, {@code "/"} by default. Applies to {@link Omit}. */
  BASE_PATH,
  /**
   * An operation's {@code consumes}, written only when it sends a body or form in media types other
   * than the connector's. Applies to {@link Explicit}.
   */
  CONSUMES,
  /**
   * An operation's {@code produces}, written only when it differs from the connector's. Applies to
   * {@link Explicit}.
   */
  PRODUCES,
  /**
   * An operation's {@code security}: {@link Explicit} on a resource method repeats the connector's
   * {@code security} there, as some connectors do for one operation.
   */
  SECURITY
}
