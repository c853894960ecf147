package com.example.display;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Display Facts",
    description = "Golden case: titles, descriptions, visibility and inlining of model types.",
    host = "display.example.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class DisplayApplication extends Application {}
