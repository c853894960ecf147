package dev.connectorkit.bench;

import java.util.List;

/**
 * The measured runs of one size: plain javac, javac with an empty processor or an empty plug-in,
 * javac with the ConnectorKit processor and with the ConnectorKit plug-in, measured run by run side
 * by side.
 *
 * @param size the API's size
 * @param without javac with {@code -proc:none}, one per run
 * @param empty javac with {@link EmptyProcessor}, one per run
 * @param emptyPlugin javac with {@link EmptyPlugin}, one per run
 * @param with javac with the processor, one per run
 * @param plugin javac with ConnectorKit as a plug-in, one per run
 * @param operationsWritten how many operations the written definition has
 * @param validated whether the definition was checked against the Swagger 2.0 schema
 */
record SizeResult(
    ApiSize size,
    List<Measurement> without,
    List<Measurement> empty,
    List<Measurement> emptyPlugin,
    List<Measurement> with,
    List<Measurement> plugin,
    int operationsWritten,
    boolean validated) {}
