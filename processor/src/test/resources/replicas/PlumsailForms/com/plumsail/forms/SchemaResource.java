package com.plumsail.forms;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Summary;
import dev.connectorkit.annotations.Tags;
import dev.connectorkit.annotations.Visibility;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** The JSON schema of a form's submissions, for the trigger's dynamic outputs. */
@Path("api/flow/Schema/form")
@Tags("Schema")
public class SchemaResource {

  @GET
  @Action(operationId = "GetFormSchema", summary = "Get form schema",
      description = "Returns schema of the specified form", visibility = Visibility.INTERNAL)
  @ApiResponse(status = 200, description = "Returns form schema.")
  @ApiResponse(status = 401, description = "Authorization information is missing or invalid.")
  public Response formSchema(@Summary("Form ID") @Description("ID of the form") @NotNull
      @QueryParam("formId") UUID formId) {
    return null;
  }
}
