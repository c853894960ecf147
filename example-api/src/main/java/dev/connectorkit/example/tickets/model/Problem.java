package dev.connectorkit.example.tickets.model;

/**
 * The JSON body of every error response.
 *
 * @param status the HTTP status code
 * @param error a short, stable error code such as {@code invalid_request}
 * @param message what went wrong, for people
 */
public record Problem(int status, String error, String message) {}
