package com.acme.media.notes;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The root media types are the default, application/json. */
@Connector(
    title = "Acme Notes",
    description = "Write and read short notes kept in Acme Notes.",
    host = "notes.acme.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class NotesApplication extends Application {}
