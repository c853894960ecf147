package com.acme.revisions;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Revisions",
    description = "Find Acme tickets with operations that have newer revisions.",
    host = "revisions.acme.com",
    brandColor = "#603060")
public class RevisionsApplication {}
