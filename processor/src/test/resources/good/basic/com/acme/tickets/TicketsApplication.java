package com.acme.tickets;

import dev.connectorkit.annotations.Category;
import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Contact;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Acme Tickets",
    description = "Create, find and update help-desk tickets in Acme Tickets.",
    host = "tickets.acme.com",
    brandColor = "#3b7a57",
    publisher = "Acme",
    stackOwner = "Acme",
    contact = @Contact(name = "Acme Support", url = "https://acme.com/support",
        email = "support@acme.com"),
    website = "https://acme.com",
    privacyPolicy = "https://acme.com/privacy",
    categories = {Category.PRODUCTIVITY, Category.IT_OPERATIONS})
@ApplicationPath("/api")
public class TicketsApplication extends Application {}
