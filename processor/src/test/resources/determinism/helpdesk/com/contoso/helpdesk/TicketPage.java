package com.contoso.helpdesk;

import java.util.List;

/**
 * One page of tickets.
 *
 * @param items the tickets on this page
 * @param next the link to the next page, if any
 */
public record TicketPage(List<Ticket> items, String next) {}
