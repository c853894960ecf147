package net.huddle.flow;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.DynamicValues;
import dev.connectorkit.annotations.SwaggerKey;
import dev.connectorkit.annotations.Omit;
import dev.connectorkit.annotations.Summary;
import dev.connectorkit.annotations.Visibility;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;

/** Workspaces, their folders and to-dos. */
@Path("v2/workspace")
public class WorkspaceResource {

  @GET
  @Action(operationId = "GetWorkspaces", summary = "List available workspaces",
      description = "Get an array of available workspaces", visibility = Visibility.INTERNAL)
  @ApiResponse(status = 200, description = "OK")
  @ApiResponse(status = 500, shared = "500", type = ServerError.class,
      description = "Internal Error - Server process failed unexpectedly")
  public Workspaces list() {
    return null;
  }

  @GET
  @Path("{workspaceId}/paths")
  @Action(operationId = "GetWorkspacePaths", summary = "Get Workspace Paths",
      description = "Get two level depth path listing", visibility = Visibility.INTERNAL)
  public WorkspacePaths paths(@PathParam("workspaceId") String workspaceId) {
    return null;
  }

  @GET
  @Path("{workspaceId}/root")
  @Action(operationId = "GetRootFolderContents",
      summary = "Get the root folder contents of a workspace",
      description = "Get the contents of the workspace root folder",
      visibility = Visibility.INTERNAL)
  public List<Folder> root(
      @Summary("Workspace") @Description("The workspace to get the root folder of")
      @DynamicValues(operation = "GetWorkspaces", collection = "workspaces", valuePath = "id",
          titlePath = "title")
      @PathParam("workspaceId") String workspaceId) {
    return null;
  }

  @POST
  @Path("{workspaceId}/task")
  @Action(operationId = "CreateWorkspaceTask",
      summary = "Create a To-Do task in a target workspace",
      description = "Creates a To-Do in a workspace", visibility = Visibility.IMPORTANT)
  @ApiResponse(status = 201, description = "OK")
  public NewTask createTask(
      @Summary("Workspace") @Description("The workspace to create the task in")
      @DynamicValues(operation = "GetWorkspaces", collection = "workspaces", valuePath = "id",
          titlePath = "title")
      @PathParam("workspaceId") String workspaceId,
      @Nullable @Omit(SwaggerKey.REQUIRED) TaskInputs requestBody) {
    return null;
  }
}
