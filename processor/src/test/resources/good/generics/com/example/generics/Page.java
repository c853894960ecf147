package com.example.generics;

import java.util.List;

public record Page<T>(List<T> items, long total, T first) {}
