package com.acme.forms;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Acme Documents",
    description = "Upload documents and send feedback forms to Acme Documents.",
    host = "documents.acme.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class DocumentsApplication extends Application {}
