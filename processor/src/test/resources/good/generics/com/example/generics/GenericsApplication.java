package com.example.generics;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Generic Types",
    description = "Golden case: generic model types and types that share a simple name.",
    host = "generics.example.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class GenericsApplication extends Application {}
