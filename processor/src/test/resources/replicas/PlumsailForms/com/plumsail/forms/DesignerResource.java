package com.plumsail.forms;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.SwaggerKey;
import dev.connectorkit.annotations.Omit;
import dev.connectorkit.annotations.Tags;
import dev.connectorkit.annotations.Visibility;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** The forms a user has designed. */
@Path("api/v{version}/designer/forms")
@Tags("Designer")
public class DesignerResource {

  @GET
  @Action(operationId = "GetPublicForms", summary = "Get public forms",
      description = "Returns an array of public forms", visibility = Visibility.INTERNAL)
  @ApiResponse(status = 200, description = "Returns an array of public forms.")
  @ApiResponse(status = 401, description = "Authorization information is missing or invalid.")
  public Response publicForms(@Omit(SwaggerKey.REQUIRED) @QueryParam("format") FormFormat format,
      @PathParam("version") String version) {
    return null;
  }
}
