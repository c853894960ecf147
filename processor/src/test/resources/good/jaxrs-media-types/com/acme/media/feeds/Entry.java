package com.acme.media.feeds;

/**
 * A feed entry.
 *
 * @param title the entry's title
 */
public record Entry(String title) {}
