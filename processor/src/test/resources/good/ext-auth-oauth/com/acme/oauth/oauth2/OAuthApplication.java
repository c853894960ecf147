package com.acme.oauth.oauth2;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.OAuth2;

/** The client ID comes from -Aconnectorkit.AcmeOAuth.clientId in javac.options. */
@Connector(
    title = "Acme OAuth",
    description = "Call Acme on behalf of a user who signs in with Acme.",
    host = "oauth.acme.com",
    brandColor = "#604030")
@OAuth2(
    authorizationUrl = "https://login.acme.com/authorize",
    tokenUrl = "https://login.acme.com/token",
    refreshUrl = "https://login.acme.com/token",
    scopes = {"profile.read", "offline_access"},
    displayName = "Sign in with Acme",
    description = "Sign in with your Acme account.",
    tooltip = "Provide your Acme credentials")
public class OAuthApplication {}
