package net.huddle.flow;

import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Summary;
import java.util.List;

// A Huddle workspace and the root of its folders.
public record Workspace(
    @Summary("Files") @Description("Files in the workspace's root directory") List<Object> files,
    @Summary("Folders") @Description("Folders in the workspace's root directory")
    List<Object> folders,
    @Summary("Workspace ID") @Description("The ID of the workspace") String id,
    @Summary("Title") @Description("The title of the workspace") String title) {}
