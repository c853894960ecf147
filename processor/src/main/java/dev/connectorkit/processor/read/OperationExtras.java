package dev.connectorkit.processor.read;

import dev.connectorkit.processor.model.TriggerFacts;
import java.util.List;
import java.util.Map;

/** The Power Platform facts of an operation beyond JAX-RS: tags, extensions, trigger facts. */
record OperationExtras(List<String> tags, Map<String, Object> extensions, TriggerFacts trigger) {}
