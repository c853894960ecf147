package com.acme.paths.app;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** No basePath given: the @ApplicationPath, without a leading and with a trailing '/', is it. */
@Connector(
    title = "Acme Files",
    description = "Browse the files and versions stored in Acme Files.",
    host = "files.acme.com",
    brandColor = "#3b7a57")
@ApplicationPath("api/v2/")
public class FilesApplication extends Application {}
