package com.acme.files;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.DynamicTree;
import dev.connectorkit.annotations.DynamicValues;
import dev.connectorkit.annotations.TreeCall;
import dev.connectorkit.annotations.Visibility;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

@Path("folders")
public class FolderResource {

  /** Lists the root folder. */
  @GET
  @Path("root")
  @Action(summary = "List the root folder", operationId = "ListRootFolder",
      visibility = Visibility.INTERNAL)
  public ItemPage root() {
    return null;
  }

  /**
   * Lists a folder.
   *
   * @param id the folder
   */
  @GET
  @Path("{id}")
  @Action(summary = "List a folder", operationId = "ListFolder", visibility = Visibility.INTERNAL)
  public ItemPage folder(@PathParam("id") String id) {
    return null;
  }

  /**
   * Counts the files in a folder.
   *
   * @param folder the folder
   */
  @GET
  @Path("count")
  @Action(summary = "Count files", operationId = "CountFiles")
  public int count(
      @DynamicTree(canSelectLeafNodes = false,
          open = @TreeCall(operation = "ListRootFolder", itemsPath = "value",
              itemValuePath = "Id", itemTitlePath = "DisplayName",
              itemIsParent = "(@item.IsFolder)"),
          browse = @TreeCall(operation = "ListFolder", itemsPath = "value",
              itemValuePath = "Id", itemTitlePath = "DisplayName", itemFullTitlePath = "Path",
              itemIsParent = "(@item.IsFolder)",
              parameters = @Arg(name = "id", parameter = "selectedItemValuePath:Id")))
          @QueryParam("folder") String folder) {
    return 0;
  }

  /**
   * Gets a file's metadata.
   *
   * @param file the file
   */
  @GET
  @Path("file")
  @Action(summary = "Get file metadata", operationId = "GetFileMetadata")
  public Item file(
      @DynamicValues(capability = "file-picker", valuePath = "Id",
          parameters = @Arg(name = "isFolder", json = "false"))
          @QueryParam("file") String file) {
    return null;
  }
}
