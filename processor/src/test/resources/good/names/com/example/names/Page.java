package com.example.names;

import java.util.List;

public record Page<T>(List<T> items) {}
