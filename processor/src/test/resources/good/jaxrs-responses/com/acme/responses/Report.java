package com.acme.responses;

/**
 * A report.
 *
 * @param id the report's ID
 * @param name the report's name
 */
public record Report(String id, String name) {}
