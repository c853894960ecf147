package com.acme.multi.billing;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.core.Application;

/** A connector nested in the suite's package: nearest wins. */
@Connector(
    title = "Acme Billing",
    description = "Read the invoices and billing reports of Acme Billing.",
    host = "billing.acme.com",
    brandColor = "#3b7a57")
public class BillingApplication extends Application {}
