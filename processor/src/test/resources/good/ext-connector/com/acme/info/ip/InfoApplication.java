package com.acme.info.ip;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Doc;
import dev.connectorkit.annotations.Extension;
import dev.connectorkit.annotations.ReleaseStatus;

@Connector(
    title = "Acme Info (Independent Publisher)",
    description = "Read the status of the Acme help desk, published independently.",
    host = "info.acme.com",
    brandColor = "#da3b01",
    publisher = "Ada Lovelace",
    stackOwner = "Acme",
    status = ReleaseStatus.PREVIEW,
    keywords = {"tickets", "help desk"},
    deploymentVersion = "1.0.2",
    docs = {
      @Doc(url = "https://acme.com/docs", description = "Getting started"),
      @Doc(url = "https://acme.com/api")
    },
    deriveCapabilities = false,
    independentPublisher = true)
@Extension(name = "x-acme-generator", json = "\"connectorkit\"")
public class InfoApplication {}
