package com.acme.b;

import dev.connectorkit.annotations.Category;
import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Contact;

@Connector(
    title = "Acme B",
    description = "Create and find Acme help-desk tickets.",
    host = "tickets.acme.com",
    brandColor = "#007ee5",
    publisher = "Acme",
    stackOwner = "Acme",
    contact = @Contact(name = "Acme Support", email = "support@acme.com"),
    website = "https://acme.com",
    privacyPolicy = "https://acme.com/privacy",
    categories = Category.PRODUCTIVITY)
public class BConnector {}
