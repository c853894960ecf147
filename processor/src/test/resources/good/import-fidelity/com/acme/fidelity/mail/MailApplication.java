package com.acme.fidelity.mail;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.OAuth2;
import dev.connectorkit.annotations.OAuthDefinition;
import dev.connectorkit.annotations.OAuthParameter;
import dev.connectorkit.annotations.Section;

/** A security definition of its own beside the connection's settings, and no definitions. */
@Connector(
    title = "Acme Mail",
    description = "Send mail from Acme Mail accounts.",
    host = "mail.acme.com",
    brandColor = "#205080",
    emptySections = {Section.CONSUMES, Section.PRODUCES, Section.PARAMETERS, Section.RESPONSES,
        Section.SECURITY_DEFINITIONS, Section.SECURITY, Section.TAGS})
@OAuth2(
    identityProvider = "aad",
    clientId = "00000000-0000-0000-0000-000000000000",
    scopes = "Mail.Send",
    securityDefinition = "undefined",
    definition = @OAuthDefinition(
        authorizationUrl = "https://login.windows.net/common/oauth2/authorize",
        tokenUrl = "https://login.windows.net/common/oauth2/authorize"),
    properties = @OAuthParameter(name = "IsOnbehalfofLoginSupported", json = "false"),
    customParameters = @OAuthParameter(name = "resourceUri", value = "https://mail.acme.com"))
public class MailApplication {}
