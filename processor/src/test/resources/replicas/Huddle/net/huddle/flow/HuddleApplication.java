package net.huddle.flow;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.SwaggerKey;
import dev.connectorkit.annotations.OAuth2;
import dev.connectorkit.annotations.Omit;
import jakarta.ws.rs.core.Application;

/** Huddle: documents, folders, tasks and approvals in Huddle workspaces. */
@Connector(
    title = "Huddle",
    description = "Huddle is a secure document collaboration and client portal trusted by"
        + " Enterprise and Government alike.",
    version = "2.0",
    host = "msflow.huddle.net",
    brandColor = "#0089D0",
    deriveCapabilities = false)
@OAuth2(
    clientId = "YOUR_CLIENT_ID_HERE",
    scopes = "Scope",
    authorizationUrl = "https://login.huddle.net/request",
    tokenUrl = "https://login.huddle.net/token",
    refreshUrl = "https://login.huddle.net/token")
@Omit(SwaggerKey.URL_ENCODING)
public class HuddleApplication extends Application {}
