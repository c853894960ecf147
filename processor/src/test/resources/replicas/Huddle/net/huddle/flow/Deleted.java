package net.huddle.flow;

import dev.connectorkit.annotations.Inline;

// Whether a folder was deleted.
@Inline
public record Deleted(Boolean deleted) {}
