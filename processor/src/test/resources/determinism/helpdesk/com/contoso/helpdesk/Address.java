package com.contoso.helpdesk;

/**
 * A postal address.
 *
 * @param street the street and number
 * @param city the city
 * @param country the ISO country code
 */
public record Address(String street, String city, String country) {}
