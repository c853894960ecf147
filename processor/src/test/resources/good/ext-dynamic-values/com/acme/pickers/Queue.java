package com.acme.pickers;

/**
 * A ticket queue.
 *
 * @param id the queue's ID
 * @param name the queue's name
 */
public record Queue(String id, String name) {}
