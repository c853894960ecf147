package dev.connectorkit.processor.model;

import java.util.List;
import java.util.Map;

/**
 * A policy template instance of {@code apiProperties.json}.
 *
 * @param operations the operations it is scoped to; empty for all
 * @param parameters parameter name (with its {@code x-ms-apimTemplateParameter.} prefix) to a
 *     JSON-shaped value
 */
public record Policy(
    String templateId,
    String title,
    String type,
    List<OperationRef> operations,
    String section,
    Map<String, Object> parameters,
    Origin origin) {}
