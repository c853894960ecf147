package com.acme.polls;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.OAuth2;

@Connector(
    title = "Acme Polls",
    description = "Find out when Acme tickets change, by polling for updates.",
    host = "polls.acme.com",
    brandColor = "#406020")
@OAuth2(
    clientId = "acme-connector",
    authorizationUrl = "https://login.acme.com/authorize",
    tokenUrl = "https://login.acme.com/token",
    refreshUrl = "https://login.acme.com/token",
    scopes = {"tickets.read", "offline_access"})
public class PollsApplication {}
