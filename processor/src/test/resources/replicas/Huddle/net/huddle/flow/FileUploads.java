package net.huddle.flow;

import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Inline;
import java.util.List;

// What the upload trigger returns: the new files, newest first.
@Inline
public record FileUploads(@Description("files") List<UploadFileTriggerOutput> files) {}
