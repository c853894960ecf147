package net.apppower.forms;

import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.DynamicValues;
import dev.connectorkit.annotations.Internal;
import dev.connectorkit.annotations.Polling;
import dev.connectorkit.annotations.PollingParameter;
import dev.connectorkit.annotations.Summary;
import dev.connectorkit.annotations.Trigger;
import dev.connectorkit.annotations.TriggerType;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** The polling trigger on new submissions of a form. */
@Path("trigger")
public class TriggerResource {

  @GET
  @Path("TriggerGetCardResponse/{name}")
  @Trigger(operationId = "TriggerGetCardResponse", summary = "When form is submitted",
      description = "This trigger is fired whenever there are new submissions for the specified"
          + " form.",
      type = TriggerType.BATCH, hint = "This trigger is executed on form submission")
  @Polling(title = "PollingTriggerPolicy_GetSubmissions", type = "PollingTrigger",
      config = @PollingParameter(name = "timestamp", value = "@{triggerBody().timestamp}"),
      dataPath = "@triggerBody().submissions")
  @ApiResponse(status = 200, description = "default")
  public Submissions newSubmissions(
      @Summary("Form name") @Description("Choose the form to get submissions from.")
      @DynamicValues(operation = "MetadataListOfCards", valuePath = "name",
          titlePath = "displayName", parameters = @Arg(name = "cardType", value = "ALL"))
      @PathParam("name") String name,
      @Internal @NotNull @DefaultValue("2021-12-31") @QueryParam("timestamp") String timestamp) {
    return null;
  }
}
