package net.huddle.flow;

import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Summary;

// A user asked to approve.
public record Assignee(
    @Summary("Assignee Name") @Description("Assignee name") String name,
    @Summary("Assignee Email") @Description("Assignee email") String email) {}
