package dev.connectorkit.processor.model;

import java.util.List;

/** One response of an operation: status ({@code "200"}, {@code "default"}), body and headers. */
public record Response(String status, String description, Schema schema, List<Header> headers) {}
