package com.acme.info.gateway;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.ReleaseStatus;

@Connector(
    title = "Acme On Premises",
    description = "Read the status of an Acme help desk installed on premises.",
    host = "onprem.acme.com",
    brandColor = "#406060",
    status = ReleaseStatus.PRODUCTION,
    capabilities = "gateway")
public class GatewayApplication {}
