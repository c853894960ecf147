package com.acme.sub;

/**
 * A comment on a ticket.
 *
 * @param id the comment's ID
 * @param text the comment's text
 */
public record Comment(String id, String text) {}
