package com.acme.inherit;

/**
 * A service desk agent.
 *
 * @param id the agent's ID
 * @param name the agent's name
 */
public record Agent(String id, String name) {}
