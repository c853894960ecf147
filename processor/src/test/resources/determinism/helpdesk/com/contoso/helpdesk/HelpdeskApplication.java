package com.contoso.helpdesk;

import dev.connectorkit.annotations.Category;
import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Contact;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Contoso Helpdesk",
    description = "Create, find and track help-desk tickets, queues and users in Contoso Helpdesk.",
    host = "helpdesk.contoso.com",
    brandColor = "#3b7a57",
    publisher = "Contoso",
    stackOwner = "Contoso",
    contact = @Contact(name = "Contoso Support", url = "https://contoso.com/support",
        email = "support@contoso.com"),
    categories = {Category.PRODUCTIVITY, Category.IT_OPERATIONS})
@ApplicationPath("/api/v2")
public class HelpdeskApplication extends Application {}
