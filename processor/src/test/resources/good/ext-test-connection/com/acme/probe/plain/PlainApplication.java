package com.acme.probe.plain;

import dev.connectorkit.annotations.ApiKeyAuth;
import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Probe",
    description = "Check Acme connections by reading the signed-in profile.",
    host = "probe.acme.com",
    brandColor = "#507030")
@ApiKeyAuth(name = "X-Api-Key")
public class PlainApplication {}
