package com.acme.multi;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.core.Application;

/** The parent package's connector: takes what no nearer connector takes. */
@Connector(
    title = "Acme Suite",
    description = "Check the status of every service of the Acme suite.",
    host = "suite.acme.com",
    brandColor = "#3b7a57")
public class SuiteApplication extends Application {}
