package com.acme.e;

import dev.connectorkit.annotations.Category;
import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Contact;

@Connector(
    title = "Acme Tickets",
    description = "Create and find Acme help-desk tickets.",
    host = "tickets.acme.com",
    brandColor = "#da3b01",
    id = "AcmeE",
    publisher = "Acme",
    stackOwner = "Acme",
    contact = @Contact(name = "Acme Support", email = "support@acme.com"),
    website = "https://acme.com",
    privacyPolicy = "https://acme.com/privacy",
    categories = Category.PRODUCTIVITY,
    independentPublisher = true)
public class EConnector {}
