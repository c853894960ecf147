package com.plumsail.forms;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Inline;
import dev.connectorkit.annotations.Tags;
import dev.connectorkit.annotations.Trigger;
import dev.connectorkit.annotations.Visibility;
import dev.connectorkit.annotations.Webhook;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** Webhook subscriptions to form submissions. */
@Path("api/submissions")
@Tags("SubmissionTrigger")
public class SubmissionTriggerResource {

  @POST
  @Consumes({"application/json-patch+json", "application/json", "text/json",
      "application/*+json"})
  @Trigger(operationId = "FormIsSubmitted", summary = "Form is submitted",
      description = "Fires whenever the target form is submitted",
      visibility = Visibility.IMPORTANT)
  @Webhook(payload = FormSchema.class, payloadDescription = "Form data",
      unsubscribe = "Unsubscribe")
  @ApiResponse(status = 201, description = "Subscription has been created.")
  @ApiResponse(status = 400, description = "Invalid subscription configuration.")
  @ApiResponse(status = 401, description = "Authorization information is missing or invalid.")
  public Response subscribe(@Inline Subscriber subscriber) {
    return null;
  }

  @DELETE
  @Path("{subscriberId}")
  @Action(operationId = "Unsubscribe", summary = "Unsubscribe",
      description = "Removes the subscriber", visibility = Visibility.INTERNAL)
  @ApiResponse(status = 200, description = "Success")
  public void unsubscribe(@PathParam("subscriberId") UUID subscriberId) {}
}
