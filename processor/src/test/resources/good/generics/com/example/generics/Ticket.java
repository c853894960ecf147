package com.example.generics;

public record Ticket(String id) {}
