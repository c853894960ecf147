package net.apppower.forms;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.DynamicProperties;
import dev.connectorkit.annotations.DynamicSchema;
import dev.connectorkit.annotations.DynamicValues;
import dev.connectorkit.annotations.Summary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Building forms and waiting for their answers. */
@Path("")
public class FormResource {

  @POST
  @Path("AddNewForm")
  @Action(operationId = "AddForm", summary = "Create new App Power Easy form",
      description = "Create a new App Power Easy form. After this action you can add any number of"
          + " fields to the form by adding field specific actions.")
  @ApiResponse(status = 200, description = "default")
  @DynamicSchema(operation = "AddCardSchema", parameters = {
      @Arg(name = "cardName", parameter = "formTitle"),
      @Arg(name = "cardData", parameter = "formTitle")})
  @DynamicProperties(operation = "AddCardSchema", parameters = {
      @Arg(name = "cardName", parameter = "body/formTitle"),
      @Arg(name = "cardData", parameter = "body/formTitle")})
  public Object addForm(NewForm body) {
    return null;
  }

  @POST
  @Path("AddFormField")
  @Action(operationId = "AddFormField", summary = "Add new field to App Power Easy form",
      description = "Use this action to add a new field to the form created in an earlier step."
          + " The fields will be visible on the form in the order they are added.")
  @ApiResponse(status = 200, description = "default")
  @DynamicSchema(operation = "AddCardFieldSchema", parameters = {
      @Arg(name = "formName", parameter = "formName"),
      @Arg(name = "fieldName", parameter = "fieldName"),
      @Arg(name = "fieldType", parameter = "fieldType")})
  @DynamicProperties(operation = "AddCardFieldSchema", parameters = {
      @Arg(name = "formName", parameter = "body/formName"),
      @Arg(name = "fieldName", parameter = "body/fieldName"),
      @Arg(name = "fieldType", parameter = "body/fieldType")})
  public Object addField(NewField body) {
    return null;
  }

  @POST
  @Path("AddAdaptiveCard")
  @Action(operationId = "AddAdaptiveCard", summary = "Create new form from Adaptive Card",
      description = "Use this action to create a form based on Adaptive Card JSON.")
  @ApiResponse(status = 200, description = "default")
  @DynamicSchema(operation = "AddCardSchema", parameters = {
      @Arg(name = "cardData", parameter = "card"),
      @Arg(name = "cardName", parameter = "name")})
  @DynamicProperties(operation = "AddCardSchema", parameters = {
      @Arg(name = "cardData", parameter = "body/card"),
      @Arg(name = "cardName", parameter = "body/name")})
  public Object addAdaptiveCard(NewAdaptiveCard body) {
    return null;
  }

  @GET
  @Path("GetCardResponse/{instanceId}/{name}")
  @Action(operationId = "GetCardResponse", summary = "Wait for form response",
      description = "Use this action to wait until a specific form is submitted. You can use this"
          + " action for both Easy Forms and forms based on Adaptive Card JSON.")
  @ApiResponse(status = 200, description = "default")
  @DynamicSchema(operation = "GetResponseSchema",
      parameters = @Arg(name = "cardName", parameter = "name"))
  @DynamicProperties(operation = "GetResponseSchema",
      parameters = @Arg(name = "cardName", parameter = "name"))
  public Object cardResponse(
      @Summary("Card ID") @Description("ID of the card to wait for")
      @PathParam("instanceId") String instanceId,
      @Summary("Card name") @Description("Name of the card providing the schema.")
      @DynamicValues(operation = "MetadataListOfCards", valuePath = "name",
          titlePath = "displayName", parameters = @Arg(name = "cardType", value = "ALL"))
      @PathParam("name") String name) {
    return null;
  }

  @GET
  @Path("GetFormAdaptiveCardJson/{instanceId}")
  @Action(operationId = "GetFormAdaptiveCardJson", summary = "Get form as Adaptive Card JSON",
      description = "Get Easy Form as Adaptive Card JSON. You can use the JSON to post the card in"
          + " Teams as an Adaptive Card, for example.")
  @ApiResponse(status = 200, description = "Easy Form as Adaptive Card JSON.")
  @Summary("JSON string")
  public String adaptiveCardJson(@Summary("Card Id of the form")
      @Description("Give the Card Id of the form definition to get the JSON from.")
      @PathParam("instanceId") String instanceId) {
    return null;
  }
}
