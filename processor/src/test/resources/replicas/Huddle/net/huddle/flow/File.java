package net.huddle.flow;

import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Summary;
import java.time.LocalDate;

// A document in a folder.
public record File(
    @Summary("Type") @Description("The file's document MIME type") String contentType,
    @Summary("File Created") @Description("The date and time the file was created")
    LocalDate created,
    @Summary("Description") @Description("A description of the file") String description,
    @Summary("Extension") @Description("The file's extension") String extension,
    @Summary("Folder ID") @Description("ID of the folder in which the file resides")
    String folderId,
    @Summary("File ID") @Description("The file's ID") String id,
    @Summary("Title") @Description("The file's title") String title,
    @Summary("Last Updated") @Description("The date and time the file was last updated")
    LocalDate updated,
    @Summary("Workspace ID") @Description("The ID of the workspace in which the file resides")
    String workspaceId) {}
