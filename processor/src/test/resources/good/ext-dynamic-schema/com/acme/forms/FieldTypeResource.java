package com.acme.forms;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Visibility;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("field-types/{type}")
public class FieldTypeResource {

  /**
   * Gets the schema of a field type's settings.
   *
   * @param type the field type
   */
  @GET
  @Path("schema")
  @Action(summary = "Get the field type schema", operationId = "GetFieldTypeSchema",
      visibility = Visibility.INTERNAL)
  public FormSchema schema(@PathParam("type") String type) {
    return null;
  }
}
