package dev.connectorkit.annotations;

/**
 * The type of a {@link ConnectionParameter}.
 *
 * <p>Example: {@code @ConnectionParameter(name = "token", type =
 * ConnectionParameterType.SECURESTRING)}.
 */
public enum ConnectionParameterType {
  /** {@code string}. */
  STRING("string"),
  /** {@code securestring}: never shown again once entered. */
  SECURESTRING("securestring"),
  /** {@code int}. */
  INT("int"),
  /** {@code bool}. */
  BOOL("bool"),
  /** {@code gatewaySetting}: the on-premises data gateway to use. */
  GATEWAY_SETTING("gatewaySetting");

  private final String value;

  ConnectionParameterType(String value) {
    this.value = value;
  }

  /** The value written to {@code type}. */
  public String value() {
    return value;
  }
}
