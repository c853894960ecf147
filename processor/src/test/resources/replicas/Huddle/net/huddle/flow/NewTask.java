package net.huddle.flow;

import dev.connectorkit.annotations.Inline;

// The answer to a new to-do: its ID.
@Inline
public record NewTask(String id) {}
