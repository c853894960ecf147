package dev.connectorkit.annotations;

/**
 * The OAuth redirect mode, for {@link OAuth2#redirectMode()}.
 *
 * <p>Example: {@code @OAuth2(..., redirectMode = RedirectMode.GLOBAL_PER_CONNECTOR)}.
 */
public enum RedirectMode {
  /** {@code "Global"}: the shared consent redirect. */
  GLOBAL("Global"),
  /** {@code "GlobalPerConnector"}: a redirect URL unique to the connector. */
  GLOBAL_PER_CONNECTOR("GlobalPerConnector"),
  /** {@code "Direct"}. */
  DIRECT("Direct");

  private final String value;

  RedirectMode(String value) {
    this.value = value;
  }

  /** The value written to {@code redirectMode}. */
  public String value() {
    return value;
  }
}
