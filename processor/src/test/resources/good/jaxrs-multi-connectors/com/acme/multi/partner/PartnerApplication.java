package com.acme.multi.partner;

import com.acme.multi.crm.LeadResource;
import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.core.Application;

/** Lists its resources, one of them in another connector's package. */
@Connector(
    title = "Acme Partners",
    description = "Read partners and the leads they bring to Acme.",
    host = "partners.acme.com",
    brandColor = "#3b7a57",
    resources = {PartnerResource.class, LeadResource.class})
public class PartnerApplication extends Application {}
