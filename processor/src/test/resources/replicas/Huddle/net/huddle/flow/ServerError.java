package net.huddle.flow;

import dev.connectorkit.annotations.Inline;

// What the service says when it fails.
@Inline
public record ServerError(String error, String message) {}
