package com.example.collections;

import java.util.ArrayList;

/** A list type of its own: Jackson writes it as a JSON array of tickets. */
public class TicketList extends ArrayList<Ticket> {}
