package com.acme.fidelity.forms;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.DynamicValues;
import dev.connectorkit.annotations.Explicit;
import dev.connectorkit.annotations.Inline;
import dev.connectorkit.annotations.Omit;
import dev.connectorkit.annotations.Required;
import dev.connectorkit.annotations.ResponseHeader;
import dev.connectorkit.annotations.Shared;
import dev.connectorkit.annotations.SwaggerKey;
import dev.connectorkit.annotations.Trigger;
import dev.connectorkit.annotations.Visibility;
import dev.connectorkit.annotations.Webhook;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;

@Path("forms")
public class FormResource {

  /**
   * Lists the submissions of a form.
   *
   * @param formId the form
   * @param channel where the form was filled in
   */
  @GET
  @Path("{formId}/submissions")
  @Produces("application/json")
  @Explicit(SwaggerKey.PRODUCES)
  @Omit(SwaggerKey.SUMMARY)
  @Inline
  public Submission listSubmissions(@Omit(SwaggerKey.URL_ENCODING) @PathParam("formId") String formId,
      @Omit(SwaggerKey.REQUIRED) @QueryParam("channel") Channel channel) {
    return null;
  }

  /**
   * Returns the schema of a form's fields.
   *
   * @param formId the form
   */
  @GET
  @Path("schema")
  @Action(summary = "Get form schema", visibility = Visibility.INTERNAL)
  public Map<String, Map<String, Object>> getFormSchema(@NotNull @QueryParam("formId") @Shared("FormId")
      @DynamicValues(operation = "ListForms", valuePath = "id", titlePath = "name")
      String formId) {
    return null;
  }

  /**
   * Counts the submissions of a form; its form parameter is the shared one.
   *
   * @param formId the form
   */
  @GET
  @Path("count")
  @Action(summary = "Count submissions")
  public Integer countSubmissions(@NotNull @QueryParam("formId") @Shared("FormId")
      @DynamicValues(operation = "ListForms", valuePath = "id", titlePath = "name")
      String formId) {
    return null;
  }

  /** Lists the forms. */
  @GET
  @Action(summary = "List forms", visibility = Visibility.INTERNAL)
  public List<FormInfo> listForms() {
    return null;
  }

  /**
   * Fires when a form is submitted.
   *
   * @param subscriber who to tell
   */
  @POST
  @Path("subscriptions")
  @Consumes("application/json")
  @Explicit(SwaggerKey.CONSUMES)
  @Trigger(summary = "When a form is submitted", operationId = "FormIsSubmitted")
  @Webhook(payload = FormSchema.class)
  @ApiResponse(status = 201, description = "Subscribed",
      headers = @ResponseHeader(name = "Location"))
  public void subscribe(@Required(false) Subscriber subscriber) {}

  /**
   * Deletes a form, which nobody should do any more.
   *
   * @param formId the form
   */
  @DELETE
  @Path("{formId}")
  @Action(summary = "Delete form", deprecated = true)
  @Omit(SwaggerKey.DEPRECATION_NOTE)
  public void deleteForm(@PathParam("formId") String formId) {}

  /**
   * Archives a form.
   *
   * @param formId the form
   * @param reason why
   */
  @POST
  @Path("{formId}/archive")
  @Action(summary = "Archive form")
  public void archive(@PathParam("formId") String formId,
      @Required(false) @Omit(SwaggerKey.REQUIRED) String reason) {}
}
