package com.plumsail.forms;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.DynamicValues;
import dev.connectorkit.annotations.Summary;
import dev.connectorkit.annotations.Tags;
import dev.connectorkit.annotations.Visibility;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;

/** Submissions of a form. */
@Path("api/forms/{formId}/submissions")
@Tags("FormSubmissions")
public class SubmissionResource {

  @DELETE
  @Path("{submissionId}")
  @Action(operationId = "DeleteSubmission", summary = "Delete submission",
      description = "Deletes an form submission by its ID", visibility = Visibility.IMPORTANT)
  @ApiResponse(status = 204, description = "Success")
  public void delete(
      @Summary("Form")
      @Description("The form which submission you want to delete.")
      @DynamicValues(operation = "GetPublicForms", valuePath = "id", titlePath = "name",
          parameters = @Arg(name = "version", value = "2"), withDynamicList = true)
      @PathParam("formId") UUID formId,
      @Summary("Submission ID") @Description("Submission ID") @PathParam("submissionId")
      String submissionId) {}
}
