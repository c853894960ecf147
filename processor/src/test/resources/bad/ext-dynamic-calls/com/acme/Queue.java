package com.acme;

/**
 * A queue.
 *
 * @param id the queue's ID
 * @param name the queue's name
 */
public record Queue(String id, String name) {}
