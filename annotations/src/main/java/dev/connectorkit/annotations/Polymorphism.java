package dev.connectorkit.annotations;

/**
 * How a connector describes Java inheritance, for {@link Connector#polymorphism()}.
 *
 * <p>Example: {@code @Connector(..., polymorphism = Polymorphism.ALL_OF)}.
 */
public enum Polymorphism {
  /**
   * Each type's schema lists its own and its supertypes' properties. The default: the connector
   * designers handle flat schemas best and reject most {@code allOf}.
   */
  FLATTEN,
  /**
   * A subtype's schema is {@code allOf} its supertype's definition and its own properties, and a
   * supertype with {@code @JsonTypeInfo(use = NAME, property = "kind")} gets {@code discriminator:
   * "kind"}.
   */
  ALL_OF
}
