package net.huddle.flow;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.DynamicValues;
import dev.connectorkit.annotations.Format;
import dev.connectorkit.annotations.SwaggerKey;
import dev.connectorkit.annotations.Omit;
import dev.connectorkit.annotations.Summary;
import dev.connectorkit.annotations.Visibility;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** Files: upload and download. */
@Path("v2/file")
public class FileResource {

  @POST
  @Path("upload/folder/{folderId}")
  @Action(operationId = "UploadFormSubmissionAsNewFile",
      summary = "Upload a form submission as a text file",
      description = "Upload a form submission as a text file")
  @ApiResponse(status = 201, description = "OK")
  public UploadedFile uploadText(
      @Summary("Workspace") @Description("The workspace where the file will be uploaded")
      @DynamicValues(operation = "GetWorkspaces", collection = "workspaces", valuePath = "id",
          titlePath = "title")
      @NotNull @QueryParam("workspaceId") String workspaceId,
      @Summary("Target Folder") @Description("The folder where the file will be uploaded")
      @DynamicValues(operation = "GetWorkspacePaths", collection = "paths", valuePath = "id",
          titlePath = "path", parameters = @Arg(name = "workspaceId", parameter = "workspaceId"))
      @PathParam("folderId") String folderId,
      @Summary("File") @Description("File options") @Nullable @Omit(SwaggerKey.REQUIRED)
      TextFileUpload requestBody) {
    return null;
  }

  @GET
  @Path("{fileId}")
  @Action(operationId = "GetFile",
      summary = "Retrieve the content and metadata of a file using its ID",
      description = "Get the content of a file by ID", visibility = Visibility.IMPORTANT)
  @Format("binary")
  @Summary("File Content")
  @Description("The content of the file.")
  public String content(@Summary("File ID") @Description("The ID of the file to get")
      @PathParam("fileId") String fileId) {
    return null;
  }
}
