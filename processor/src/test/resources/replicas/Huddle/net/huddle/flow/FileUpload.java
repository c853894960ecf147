package net.huddle.flow;

import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Format;
import dev.connectorkit.annotations.Summary;

// A file to upload, with its binary content.
public record FileUpload(
    @Summary("File content") @Description("The binary content of the file") @Format("binary")
    String content,
    @Summary("Description") @Description("A description of the file") String description,
    @Summary("Title") @Description("The file's title") String title) {}
