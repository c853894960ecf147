package dev.connectorkit.bench;

import java.util.List;

/**
 * The measured runs of swagger-core's Maven plugin on one size, and of Maven doing nothing in the
 * same project (its start-up), in pairs.
 *
 * @param size the API's size
 * @param resolve {@code mvn -o -q <plugin>:resolve}, on classes compiled beforehand
 * @param startup {@code mvn -o -q validate} in the same project
 * @param operationsWritten how many operations the written OpenAPI document has
 */
record PeerResult(
    ApiSize size, List<Measurement> resolve, List<Measurement> startup, int operationsWritten) {}
