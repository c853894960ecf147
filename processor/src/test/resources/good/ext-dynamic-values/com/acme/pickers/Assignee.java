package com.acme.pickers;

/**
 * Someone who can work on tickets.
 *
 * @param email the e-mail address
 * @param name the full name
 */
public record Assignee(String email, String name) {}
