package com.acme.probe.plain;

/**
 * The signed-in user.
 *
 * @param name the user's name
 */
public record Profile(String name) {}
