package com.acme.certified;

import dev.connectorkit.annotations.ApiKeyAuth;
import dev.connectorkit.annotations.Category;
import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Contact;

@Connector(
    title = "Acme Help Desk",
    description = "Create, find and track help-desk tickets in Acme Help Desk.",
    host = "helpdesk.acme.com",
    basePath = "/api",
    brandColor = "#3b7a57",
    publisher = "Acme",
    stackOwner = "Acme",
    contact = @Contact(name = "Acme Support", url = "https://acme.com/support",
        email = "support@acme.com"),
    website = "https://acme.com",
    privacyPolicy = "https://acme.com/privacy",
    categories = {Category.PRODUCTIVITY, Category.IT_OPERATIONS})
@ApiKeyAuth(name = "X-Api-Key", displayName = "API key",
    description = "The API key from your Acme profile page.")
public class CertifiedApplication {}
