package com.acme.responses;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Acme Reports",
    description = "Create, find and download the reports of Acme Reports.",
    host = "reports.acme.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class ReportsApplication extends Application {}
