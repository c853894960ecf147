package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.model.ConnectorModel;
import java.util.List;

/** The rules every connector is checked against, in a fixed order. */
public final class ConnectorRules {
  private static final List<ConnectorRule> ALL =
      List.of(
          new ConnectorIdRule(),
          new HostRule(),
          new BasePathRule(),
          new SchemesRule(),
          new BrandColorRule(),
          new NoOperationsRule(),
          new DuplicateOperationIdRule(),
          new DuplicateOperationPathRule(),
          new PathParameterRule(),
          new BodyRule(),
          new PathRule(),
          new OperationIdRule(),
          new ParameterRule(),
          new ResponsesRule(),
          new WebhookRule(),
          new PollingRule(),
          new DynamicCallRule(),
          new OperationLinkRule(),
          new PageableRule(),
          new RevisionRule(),
          new SharedDefinitionRule(),
          new MetadataRule(),
          new TitleRule(),
          new ConnectorDescriptionRule(),
          new SummaryRule(),
          new DescriptionRule());

  private ConnectorRules() {}

  /** Runs every rule; returns whether the model is clean (no new errors). */
  public static boolean check(ConnectorModel model, Diagnostics diagnostics) {
    int before = diagnostics.errorCount();
    for (ConnectorRule rule : ALL) {
      rule.check(model, diagnostics);
    }
    return diagnostics.errorCount() == before;
  }
}
