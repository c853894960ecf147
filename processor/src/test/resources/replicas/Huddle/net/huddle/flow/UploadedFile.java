package net.huddle.flow;

import dev.connectorkit.annotations.Inline;

// The answer to an upload: the new file.
@Inline
public record UploadedFile(File file) {}
