package com.acme.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A page of tickets.
 *
 * @param value the tickets
 * @param nextLink the next page
 */
public record TicketPage(
    List<Ticket> value, @JsonProperty("@odata.nextLink") String nextLink) {}
