package com.acme.gateway;

import dev.connectorkit.annotations.ConnectionParameter;
import dev.connectorkit.annotations.ConnectionParameterType;
import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Policy;
import dev.connectorkit.annotations.PolicyParameter;

@Connector(
    title = "Acme Gateway",
    description = "Call an Acme site whose address and key are given with the connection.",
    host = "gateway.acme.com",
    basePath = "/api",
    brandColor = "#304060")
@ConnectionParameter(name = "siteUrl", displayName = "Site URL",
    description = "The address of your Acme site.")
@ConnectionParameter(name = "siteKey", type = ConnectionParameterType.SECURESTRING,
    displayName = "Site key", description = "The key of your Acme site.")
@Policy(template = "dynamichosturl", title = "Route to the site",
    parameters = @PolicyParameter(name = "urlTemplate",
        value = "@connectionParameters('siteUrl')/api"))
@Policy(template = "setheader", title = "Send the site key",
    operations = {"ListTickets", "TicketResource#get"},
    section = "Request",
    parameters = {
      @PolicyParameter(name = "name", value = "X-Site-Key"),
      @PolicyParameter(name = "value", value = "@connectionParameters('siteKey')"),
      @PolicyParameter(name = "existsAction", value = "override")
    })
@Policy(template = "routerequesttoendpoint", title = "Search with the new endpoint",
    operations = "search",
    parameters = {
      @PolicyParameter(name = "newPath", value = "/v2/search"),
      @PolicyParameter(name = "httpMethod", value = "POST")
    })
@Policy(template = "setqueryparameter", title = "Always ask for JSON",
    parameters = {
      @PolicyParameter(name = "name", value = "format"),
      @PolicyParameter(name = "value", value = "json"),
      @PolicyParameter(name = "existsAction", value = "skip")
    })
@Policy(template = "SetProperty", title = "Stamp the source", operations = "CreateTicket",
    section = "Request",
    parameters = {
      @PolicyParameter(name = "newPropertyParentPathTemplate", value = "@body()"),
      @PolicyParameter(name = "newPropertySubPathTemplate", value = "source"),
      @PolicyParameter(name = "propertyValuePathTemplate", value = "flow")
    })
@Policy(template = "updatenextlink", title = "Route the next link", operations = "ListTickets",
    parameters = @PolicyParameter(name = "nextLinkPropertyName", value = "@odata.nextLink"))
@Policy(template = "pollingtrigger", title = "Poll for changes", type = "PollingTrigger",
    operations = "OnTicketsChanged",
    parameters = {
      @PolicyParameter(name = "triggerConfig",
          json = "{\"since\": \"@{triggerBody().value[0].updated}\"}"),
      @PolicyParameter(name = "triggerDataPath", value = "@triggerBody().value")
    })
public class GatewayApplication {}
