package com.example.display;

/**
 * A postal address.
 *
 * @param street the street and number
 * @param city the city
 */
public record Address(String street, String city) {}
