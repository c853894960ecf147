package com.acme.keys.query;

import dev.connectorkit.annotations.ApiKeyAuth;
import dev.connectorkit.annotations.ApiKeyLocation;
import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Query Keys",
    description = "Call Acme with an API key sent as a query parameter.",
    host = "query.keys.acme.com",
    brandColor = "#603040")
@ApiKeyAuth(name = "api_key", in = ApiKeyLocation.QUERY, applyToAllOperations = false)
public class QueryApplication {}
