package com.example.names.a;

public record Ticket(String a) {}
