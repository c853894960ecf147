package net.huddle.flow;

import dev.connectorkit.annotations.Inline;
import java.util.List;

// The workspaces the user belongs to.
@Inline
public record Workspaces(List<Workspace> workspaces) {}
