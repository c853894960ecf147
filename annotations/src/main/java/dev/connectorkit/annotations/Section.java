package dev.connectorkit.annotations;

/**
 * A top-level section of {@code apiDefinition.swagger.json} (or of {@code apiProperties.json}) that
 * may be written empty, for {@link Connector#emptySections()}.
 *
 * <p>Example: {@code emptySections = {Section.PARAMETERS, Section.RESPONSES}}.
 */
public enum Section {
  /** {@code consumes}. */
  CONSUMES,
  /** {@code produces}. */
  PRODUCES,
  /** {@code definitions}: the named schemas. */
  DEFINITIONS,
  /** {@code parameters}: the shared parameters. */
  PARAMETERS,
  /** {@code responses}: the shared responses. */
  RESPONSES,
  /** {@code securityDefinitions}. */
  SECURITY_DEFINITIONS,
  /** {@code security}. */
  SECURITY,
  /** {@code tags}. */
  TAGS,
  /**
   * {@code policyTemplateInstances} of {@code apiProperties.json}: not in the default list, as most
   * connectors leave it out when they have no policy.
   */
  POLICY_TEMPLATE_INSTANCES
}
