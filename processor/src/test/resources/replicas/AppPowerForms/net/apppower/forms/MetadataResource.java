package net.apppower.forms;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Tags;
import dev.connectorkit.annotations.TestConnection;
import dev.connectorkit.annotations.Visibility;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** What the designer needs: dropdown values, dynamic schemas and the connection test. */
@Path("")
public class MetadataResource {

  @POST
  @Path("AddCardSchema/{cardName}")
  @Action(operationId = "AddCardSchema", visibility = Visibility.INTERNAL)
  @ApiResponse(status = 200, description = "AddCardSchema response")
  public String addCardSchema(@Nullable JsonValue cardData,
      @PathParam("cardName") String cardName) {
    return null;
  }

  @POST
  @Path("AddCardFieldSchema/{formName}/{fieldName}")
  @Consumes({"text/plain", "application/json"})
  @Action(operationId = "AddCardFieldSchema", visibility = Visibility.INTERNAL)
  @ApiResponse(status = 200, description = "AddCardFieldSchema response schema")
  public String addCardFieldSchema(@Nullable String fieldType,
      @PathParam("formName") String formName, @PathParam("fieldName") String fieldName) {
    return null;
  }

  @GET
  @Path("GetResponseSchema/{cardName}")
  @Action(operationId = "GetResponseSchema", visibility = Visibility.INTERNAL)
  @ApiResponse(status = 200, description = "GetResponseSchema response schema")
  public String responseSchema(@PathParam("cardName") String cardName) {
    return null;
  }

  @GET
  @Path("MetadataListOfCards/{cardType}")
  @Action(operationId = "MetadataListOfCards", visibility = Visibility.INTERNAL)
  @ApiResponse(status = 200, description = "List of cards")
  public List<CardInfo> cards(@PathParam("cardType") String cardType) {
    return null;
  }

  @GET
  @Path("MetadataFormFieldTypes")
  @Action(operationId = "MetadataFormFieldTypes", visibility = Visibility.INTERNAL)
  @ApiResponse(status = 200, description = "Form field types")
  public List<String> fieldTypes() {
    return null;
  }

  @POST
  @Path("MetadataFieldTypeSpecificSchema")
  @Consumes("text/plain")
  @Action(operationId = "MetadataFieldTypeSpecificSchema", visibility = Visibility.INTERNAL)
  @ApiResponse(status = 200, description = "MetadataFieldTypeSpecificSchema response schema")
  public String fieldTypeSchema(@Nullable String fieldType) {
    return null;
  }

  @GET
  @Path("MetadataTestConnection")
  @Tags("Diagnostics")
  @Action(operationId = "MetadataTestConnection", visibility = Visibility.INTERNAL)
  @TestConnection
  @ApiResponse(status = 200, description = "OK")
  @ApiResponse(status = 400, description = "Trial key sent to your inbox")
  @ApiResponse(status = 401, description = "Invalid API key")
  public Response testConnection() {
    return null;
  }
}
