package com.example.validation;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Validated Types",
    description = "Golden case: Bean Validation constraints as Swagger keywords and required.",
    host = "validation.example.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class ValidationApplication extends Application {}
