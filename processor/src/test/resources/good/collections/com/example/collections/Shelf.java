package com.example.collections;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;

public record Shelf(
    Ticket[] ticketArray,
    int[] numbers,
    String[][] grid,
    List<Ticket> ticketList,
    Set<String> tagSet,
    SortedSet<Integer> sortedNumbers,
    Collection<Ticket> ticketCollection,
    Iterable<String> names,
    TicketList ownList,
    Labels labels,
    Map<String, Ticket> ticketsByKey,
    Map<UUID, Integer> countsById,
    Map<String, List<Ticket>> ticketListsByKey,
    List<Map<String, Ticket>> ticketMaps,
    Optional<Ticket> optionalTicket,
    Optional<String> optionalText,
    OptionalInt optionalInt,
    OptionalLong optionalLong,
    Object anything,
    JsonNode json,
    Map<String, Object> extra,
    List<?> wildcards) {}
