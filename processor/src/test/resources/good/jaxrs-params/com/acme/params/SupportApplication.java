package com.acme.params;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Acme Support",
    description = "Search and read the support cases handled by Acme Support.",
    host = "support.acme.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class SupportApplication extends Application {}
