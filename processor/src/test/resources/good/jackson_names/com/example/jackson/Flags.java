package com.example.jackson;

/** Jackson names a record's properties after its components: "isLocked", not "locked". */
public record Flags(Boolean isLocked, boolean isOpen, String name) {}
