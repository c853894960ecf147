package dev.connectorkit.example.tickets.model;

/**
 * The answer to a connection test.
 *
 * @param status {@code ok} when the service is up and the key is valid
 * @param service the service's name
 * @param version the service's API version
 */
public record ServiceStatus(String status, String service, String version) {}
