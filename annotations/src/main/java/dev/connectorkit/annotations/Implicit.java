package dev.connectorkit.annotations;

/**
 * A key ConnectorKit writes although it only states a default or a derived value, for {@link Omit}:
 * leaving it out never changes what the connector means.
 *
 * <p>Example: {@code @Omit({Implicit.URL_ENCODING, Implicit.REQUIRED})}.
 */
public enum Implicit {
  /** {@code "x-ms-url-encoding": "single"} of a path parameter; {@code @Encoded}'s double stays. */
  URL_ENCODING,
  /** {@code "required": false} of a parameter that is optional. */
  REQUIRED,
  /** {@code "parameters": []} of an operation that takes none. */
  EMPTY_PARAMETERS,
  /** The summary derived from the method name when {@code @Action(summary)} is empty. */
  DERIVED_SUMMARY
}
