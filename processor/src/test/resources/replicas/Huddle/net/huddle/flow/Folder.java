package net.huddle.flow;

import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Summary;
import java.util.List;

// A folder, its files and its subfolders.
public record Folder(
    @Summary("Child folders ( Subfolders )")
    @Description("The child folders contained within the current one")
    List<Object> children,
    @Summary("Description") @Description("Description") String description,
    @Summary("Files") @Description("The documents and files contained within the current one")
    List<File> files,
    @Summary("Folder ID") @Description("The ID of the folder") String id,
    @Summary("Title") @Description("The title of the folder") String title) {}
