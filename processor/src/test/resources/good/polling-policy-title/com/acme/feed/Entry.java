package com.acme.feed;

/**
 * A feed entry.
 *
 * @param id its ID
 * @param created when it was created
 */
public record Entry(String id, String created) {}
