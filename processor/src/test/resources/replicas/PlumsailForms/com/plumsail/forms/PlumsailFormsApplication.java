package com.plumsail.forms;

import dev.connectorkit.annotations.Category;
import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Contact;
import dev.connectorkit.annotations.SwaggerKey;
import dev.connectorkit.annotations.OAuth2;
import dev.connectorkit.annotations.Omit;
import jakarta.ws.rs.core.Application;

/** Plumsail Forms: web forms whose submissions trigger flows. */
@Connector(
    title = "Plumsail Forms",
    description = "Plumsail Forms allows you to design rich web forms, share them with your users,"
        + " and automate processing of submissions and attachments: generate documents, create"
        + " records in Excel or Google Sheets, save data to SharePoint or One Drive. Find more"
        + " information at https://plumsail.com/forms/public-forms/",
    version = "v5",
    host = "forms-api.plumsail.com",
    consumes = {},
    produces = {},
    brandColor = "#218eff",
    publisher = "Plumsail Inc.",
    stackOwner = "Plumsail Inc.",
    contact = @Contact(name = "Plumsail Team", url = "https://plumsail.com",
        email = "support@plumsail.com"),
    website = "https://plumsail.com/forms/public-forms",
    privacyPolicy = "https://plumsail.com/privacy-policy",
    categories = {Category.DATA, Category.CONTENT_AND_FILES},
    definitions = Subscriber.class,
    deriveCapabilities = false)
@OAuth2(
    securityDefinition = "oauth2",
    clientId = "[[Dummy]]",
    scopes = {"openid", "offline_access"},
    authorizationUrl = "https://auth.plumsail.com/connect/authorize",
    tokenUrl = "https://auth.plumsail.com/connect/token",
    refreshUrl = "https://auth.plumsail.com/connect/token")
@Omit(SwaggerKey.URL_ENCODING)
public class PlumsailFormsApplication extends Application {}
