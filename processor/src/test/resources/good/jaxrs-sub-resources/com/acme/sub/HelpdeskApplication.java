package com.acme.sub;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Acme Helpdesk",
    description = "Read tickets, their comments and attachments in Acme Helpdesk.",
    host = "helpdesk.acme.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class HelpdeskApplication extends Application {}
