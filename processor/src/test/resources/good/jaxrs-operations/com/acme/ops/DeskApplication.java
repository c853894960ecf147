package com.acme.ops;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Acme Desk",
    description = "Track the tickets and queues of the Acme help desk.",
    host = "desk.acme.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class DeskApplication extends Application {}
