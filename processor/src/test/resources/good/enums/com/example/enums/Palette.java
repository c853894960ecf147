package com.example.enums;

import java.util.List;
import java.util.Map;

public record Palette(
    Color color,
    Status status,
    Size size,
    Level level,
    Ratio ratio,
    List<Color> colors,
    Map<String, Level> levels) {}
