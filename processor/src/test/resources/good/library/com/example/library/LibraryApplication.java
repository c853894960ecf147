package com.example.library;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Library Types",
    description = "Golden case: model types read from a JAR on the class path, without Javadoc.",
    host = "library.example.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class LibraryApplication extends Application {}
