package com.example.display;

import dev.connectorkit.annotations.Inline;

/** A map pin, always written in place. */
@Inline
public record Pin(double lat, double lon) {}
