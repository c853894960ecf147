package com.example.names;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Definition Names",
    description = "Golden case: definition names for classes that share a simple name.",
    host = "names.example.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class NamesApplication extends Application {}
