package com.plumsail.forms;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Format;
import dev.connectorkit.annotations.Summary;
import dev.connectorkit.annotations.Tags;
import dev.connectorkit.annotations.Title;
import dev.connectorkit.annotations.Visibility;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.net.URI;

/** Files uploaded with form submissions. */
@Path("api/attachments")
@Tags("Attachments")
public class AttachmentResource {

  @GET
  @Produces("application/json")
  @Action(operationId = "DownloadAttachment", summary = "Download attachment",
      description = "Downloads an attachment by its URL", visibility = Visibility.IMPORTANT)
  @ApiResponse(status = 200, description = "The contents of the attachment")
  @Format("binary")
  @Title("Result file")
  @Description("The contents of the attachment")
  public String download(@Summary("File URL") @Description("File URL") @NotNull
      @QueryParam("fileUrl") URI fileUrl) {
    return null;
  }

  @DELETE
  @Consumes({"application/json-patch+json", "application/json", "text/json",
      "application/*+json"})
  @Action(operationId = "DeleteAttachment", summary = "Delete attachment",
      description = "Deletes an attachment by its URL", visibility = Visibility.IMPORTANT)
  @ApiResponse(status = 204, description = "Success")
  public void delete(@Summary("File URL") @Description("File URL") URI fileUrl) {}
}
