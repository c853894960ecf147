package com.acme.values;

/**
 * Who wrote a reply.
 *
 * @param name the author's name
 */
public record Author(String name) {}
