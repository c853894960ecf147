package com.acme.untyped;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Acme Archive",
    description = "Archive and restore the records kept by Acme Archive.",
    host = "archive.acme.com",
    brandColor = "#3b7a57")
public class ArchiveApplication extends Application {}
