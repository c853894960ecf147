package dev.connectorkit.bench;

import java.util.List;

/**
 * The measured runs of one size, plain javac and javac with ConnectorKit, in pairs, and the peer's
 * runs when it was measured.
 *
 * @param size the API's size
 * @param without javac with {@code -proc:none}, one per pair
 * @param with javac with the processor, one per pair
 * @param operationsWritten how many operations the written definition has
 * @param validated whether the definition was checked against the Swagger 2.0 schema
 */
record SizeResult(ApiSize size, List<Measurement> without, List<Measurement> with,
    int operationsWritten, boolean validated) {}
