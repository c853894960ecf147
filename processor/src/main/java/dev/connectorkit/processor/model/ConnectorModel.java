package dev.connectorkit.processor.model;

import java.util.List;
import java.util.Map;

/**
 * Everything the processor knows about one connector: its info, operations and definitions.
 *
 * @param definitions definition key (see {@link Schema#ref()}) to named definition
 * @param scriptOperations operations run by custom code (empty: all), or null without custom code
 * @param infoExtensions {@code x-ms-*} keys of {@code info}, JSON-shaped
 * @param rootExtensions {@code x-ms-*} keys of the document root, JSON-shaped
 * @param operationLinks each {@link OperationRef#ref()} written in an annotation → operationId
 */
public record ConnectorModel(
    ConnectorInfo info,
    List<Operation> operations,
    Map<String, Definition> definitions,
    Auth auth,
    List<Policy> policies,
    List<OperationRef> scriptOperations,
    Map<String, Object> infoExtensions,
    Map<String, Object> rootExtensions,
    Map<String, String> operationLinks,
    Origin origin) {}
