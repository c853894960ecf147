package dev.connectorkit.processor.model;

import java.util.List;
import java.util.Map;

/**
 * Everything the processor knows about one connector: its info, operations and definitions.
 *
 * @param definitions definition key (see {@link Schema#ref()}) to named definition
 */
public record ConnectorModel(
    ConnectorInfo info,
    List<Operation> operations,
    Map<String, Definition> definitions,
    Origin origin) {}
