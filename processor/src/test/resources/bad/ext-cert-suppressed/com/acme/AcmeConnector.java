package com.acme;

import dev.connectorkit.annotations.Category;
import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Contact;

@SuppressWarnings("connector:TitleNotValid")
@Connector(
    title = "Acme Tickets for Every Team and Queue",
    description = "Create and find Acme help-desk tickets.",
    host = "tickets.acme.com",
    brandColor = "#3b7a57",
    id = "AcmeTickets",
    publisher = "Acme",
    stackOwner = "Acme",
    contact = @Contact(name = "Acme Support", email = "support@acme.com"),
    website = "https://acme.com",
    privacyPolicy = "https://acme.com/privacy",
    categories = Category.PRODUCTIVITY)
public class AcmeConnector {}
