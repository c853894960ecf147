package net.huddle.flow;

import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Summary;
import jakarta.validation.constraints.NotNull;

// A new folder.
public record FolderInput(
    @NotNull @Summary("Title") @Description("The title of the folder") String title,
    @Summary("Description") @Description("Description") String description) {}
