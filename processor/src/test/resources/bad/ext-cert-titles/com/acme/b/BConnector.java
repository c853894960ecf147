package com.acme.b;

import dev.connectorkit.annotations.Category;
import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Contact;

@Connector(
    title = "Acme Tickets API",
    description = "Create and find Acme help-desk tickets.",
    host = "tickets.acme.com",
    brandColor = "#3b7a57",
    id = "AcmeB",
    publisher = "Acme",
    stackOwner = "Acme",
    contact = @Contact(name = "Acme Support", email = "support@acme.com"),
    website = "https://acme.com",
    privacyPolicy = "https://acme.com/privacy",
    categories = Category.PRODUCTIVITY)
public class BConnector {}
