package com.example.collections;

public record Ticket(String id, String title) {}
