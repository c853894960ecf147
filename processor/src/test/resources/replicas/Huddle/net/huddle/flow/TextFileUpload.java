package net.huddle.flow;

import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Summary;

// A text file to upload, such as a form submission.
public record TextFileUpload(
    @Summary("Text Content") @Description("Text content (with multi-line) for upload")
    String content,
    @Summary("Description") @Description("A description of the file") String description,
    @Summary("Title") @Description("The file's title") String title) {}
