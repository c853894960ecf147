package com.acme.verbs;

/**
 * A stock item.
 *
 * @param id the item's ID
 * @param name the item's name
 * @param quantity how many are in stock
 */
public record Item(String id, String name, int quantity) {}
