package dev.connectorkit.annotations;

/**
 * Where an API key travels, for {@link ApiKeyAuth#in()}.
 *
 * <p>Example: {@code @ApiKeyAuth(name = "api_key", in = ApiKeyLocation.QUERY)}.
 */
public enum ApiKeyLocation {
  /** In a request header. */
  HEADER,
  /** In a query parameter. */
  QUERY
}
