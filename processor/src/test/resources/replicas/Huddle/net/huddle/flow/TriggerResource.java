package net.huddle.flow;

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
import dev.connectorkit.annotations.Visibility;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** Polling triggers: new uploads to a folder, new approvals in a workspace. */
@Path("trigger/v2/poll")
public class TriggerResource {

  @GET
  @Path("folder/{folderId}/upload")
  @Trigger(operationId = "PollFolderForFileUpload",
      summary = "Poll a target folder for it's most recent upload",
      description = "Poll a target folder for it's most recent upload",
      type = TriggerType.BATCH, visibility = Visibility.IMPORTANT,
      hint = "When a new file is uploaded")
  @Polling(title = "PollingTriggerPolicyForFiles", type = "PollingTrigger",
      config = @PollingParameter(name = "after", value = "@{triggerBody().files[0].created}"),
      dataPath = "@triggerBody().files")
  @ApiResponse(status = 200, description = "default")
  public FileUploads newUploads(
      @Summary("Workspace") @Description("The workspace to watch a folder in")
      @DynamicValues(operation = "GetWorkspaces", collection = "workspaces", valuePath = "id",
          titlePath = "title")
      @NotNull @QueryParam("workspaceId") String workspaceId,
      @Summary("Target Folder") @Description("The folder to watch")
      @DynamicValues(operation = "GetWorkspacePaths", collection = "paths", valuePath = "id",
          titlePath = "path", parameters = @Arg(name = "workspaceId", parameter = "workspaceId"))
      @PathParam("folderId") String folderId,
      @Internal @QueryParam("after") String after) {
    return null;
  }

  @GET
  @Path("workspace/{workspaceId}/approvals")
  @Trigger(operationId = "PollWorkspaceForNewApproval",
      summary = "Poll a target workspace for it's most recent approval request",
      description = "Poll a target workspace for it's most recent approval request",
      type = TriggerType.BATCH, visibility = Visibility.IMPORTANT,
      hint = "When a new approval is requested")
  @Polling(title = "PollingTriggerPolicyForApprovals", type = "PollingTrigger",
      config = @PollingParameter(name = "after",
          value = "@{triggerBody().approvals[0].created}"),
      dataPath = "@triggerBody().approvals")
  @ApiResponse(status = 200, description = "default")
  public Approvals newApprovals(
      @Summary("Workspace") @Description("The workspace to watch a folder in")
      @DynamicValues(operation = "GetWorkspaces", collection = "workspaces", valuePath = "id",
          titlePath = "title")
      @PathParam("workspaceId") String workspaceId,
      @Internal @QueryParam("after") String after) {
    return null;
  }
}
