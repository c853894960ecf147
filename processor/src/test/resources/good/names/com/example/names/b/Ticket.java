package com.example.names.b;

public record Ticket(String b) {}
