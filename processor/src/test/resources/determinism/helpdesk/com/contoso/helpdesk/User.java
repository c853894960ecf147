package com.contoso.helpdesk;

import dev.connectorkit.annotations.Summary;
import java.util.Set;

/**
 * A person who files or works on tickets.
 *
 * @param id the user's ID
 * @param name the display name
 * @param roles what the user may do
 * @param address where the user works
 */
public record User(
    @Summary("User ID") String id,
    @Summary("Name") String name,
    Set<String> roles,
    Address address) {}
