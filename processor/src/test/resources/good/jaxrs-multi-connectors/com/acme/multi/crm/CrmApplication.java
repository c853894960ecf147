package com.acme.multi.crm;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.core.Application;

/** A sibling of the billing connector. */
@Connector(
    title = "Acme CRM",
    description = "Read the contacts kept in the Acme customer database.",
    host = "crm.acme.com",
    brandColor = "#3b7a57")
public class CrmApplication extends Application {}
