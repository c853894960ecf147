package com.example.generics;

import java.util.List;
import java.util.Map;

public record Dashboard(
    Page<Ticket> tickets,
    Page<? extends Ticket> moreTickets,
    Page<Pair<String, Ticket>> labelled,
    Pair<User, List<Ticket>> assignments,
    Map<String, Page<User>> usersByTeam,
    Named<String> named) {}
