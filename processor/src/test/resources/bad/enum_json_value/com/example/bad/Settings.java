package com.example.bad;

public record Settings(String name, Mode mode) {}
