package net.huddle.flow;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.DynamicValues;
import dev.connectorkit.annotations.SwaggerKey;
import dev.connectorkit.annotations.Omit;
import dev.connectorkit.annotations.Summary;
import dev.connectorkit.annotations.Visibility;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** Folders: read, create, delete, and upload into them. */
@Path("v2/folder/{folderId}")
public class FolderResource {

  @GET
  @Action(operationId = "GetFolder", summary = "Retrieve a folder by it's ID",
      description = "Gets a folder by ID from the Huddle API", visibility = Visibility.INTERNAL)
  public Folder get(@Summary("Folder") @Description("The ID of the folder to get")
      @PathParam("folderId") String folderId) {
    return null;
  }

  @POST
  @Action(operationId = "CreateFolder", summary = "Create a new subfolder",
      description = "Creates a new folder within the target folder")
  @ApiResponse(status = 201, description = "OK")
  public Folder create(
      @Summary("Folder") @Description("The ID of the folder in which the new one will be created")
      @PathParam("folderId") String folderId,
      @Nullable @Omit(SwaggerKey.REQUIRED) FolderInput requestBody) {
    return null;
  }

  @DELETE
  @Action(operationId = "DeleteFolder", summary = "Delete a target folder using its ID",
      description = "Delete a folder by ID", visibility = Visibility.IMPORTANT)
  public Deleted delete(@Summary("Folder") @Description("The ID of the folder to delete")
      @PathParam("folderId") String folderId) {
    return null;
  }

  @GET
  @Path("children")
  @Action(operationId = "GetChildFolders",
      summary = "Retrieve a list of all of the subfolders within a target folder",
      description = "Lists the child folders contained within the target folder",
      visibility = Visibility.INTERNAL)
  public List<Folder> children(@Summary("Folder") @Description("The ID of the parent folder")
      @PathParam("folderId") String folderId) {
    return null;
  }

  @POST
  @Path("upload")
  @Action(operationId = "UploadFile", summary = "Create and upload a new file to a target folder",
      description = "Uploads a file to the target folder", visibility = Visibility.IMPORTANT)
  @ApiResponse(status = 201, description = "OK")
  public UploadedFile upload(
      @Summary("Workspace") @Description("The workspace where the file will be uploaded")
      @DynamicValues(operation = "GetWorkspaces", collection = "workspaces", valuePath = "id",
          titlePath = "title")
      @NotNull @QueryParam("workspaceId") String workspaceId,
      @Summary("Target Folder") @Description("The folder to target for file upload")
      @DynamicValues(operation = "GetWorkspacePaths", collection = "paths", valuePath = "id",
          titlePath = "path", parameters = @Arg(name = "workspaceId", parameter = "workspaceId"))
      @PathParam("folderId") String folderId,
      @Nullable @Omit(SwaggerKey.REQUIRED) FileUpload requestBody) {
    return null;
  }
}
