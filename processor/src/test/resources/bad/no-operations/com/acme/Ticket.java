package com.acme;

public record Ticket(String id, String title) {}
