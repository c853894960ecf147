package com.acme.paths.explicit;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The explicit basePath wins over @ApplicationPath. */
@Connector(
    title = "Acme Archive",
    description = "Look up archived records kept by Acme Archive.",
    host = "archive.acme.com",
    basePath = "/archive/v1",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class ArchiveApplication extends Application {}
