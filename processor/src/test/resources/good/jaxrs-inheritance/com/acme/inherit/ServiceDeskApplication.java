package com.acme.inherit;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Acme Service Desk",
    description = "Manage agents, queues and tickets of the Acme Service Desk.",
    host = "desk.acme.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class ServiceDeskApplication extends Application {}
