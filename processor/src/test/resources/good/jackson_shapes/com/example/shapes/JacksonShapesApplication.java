package com.example.shapes;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Jackson Shapes",
    description = "Golden case: Jackson annotations that change the shape of the JSON.",
    host = "shapes.example.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class JacksonShapesApplication extends Application {}
