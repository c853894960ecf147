package com.example.jackson;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Jackson Names",
    description = "Golden case: Jackson annotations that name, ignore and order properties.",
    host = "jackson.example.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class JacksonNamesApplication extends Application {}
