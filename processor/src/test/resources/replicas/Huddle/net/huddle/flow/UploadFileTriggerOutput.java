package net.huddle.flow;

import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Summary;
import java.time.LocalDate;

// A file uploaded since the last poll.
public record UploadFileTriggerOutput(
    @Summary("File Created") @Description("The date and time the file was created")
    LocalDate created,
    @Summary("Description") @Description("A description of the file") String description,
    @Summary("Folder ID") @Description("ID of the folder in which the file resides")
    String folderId,
    @Summary("File ID") @Description("The file's ID") String id,
    @Summary("Title") @Description("The file's title") String title,
    @Summary("Last Updated") @Description("The date and time the file was last updated")
    LocalDate updated,
    @Summary("Workspace ID") @Description("The ID of the workspace in which the file resides")
    String workspaceId) {}
