package com.acme.forms;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.DynamicSchema;
import dev.connectorkit.annotations.Visibility;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Map;

@Path("forms/{formId}")
public class FormResource {

  /**
   * Gets the schema of a form's submissions.
   *
   * @param formId the form
   */
  @GET
  @Path("schema")
  @Action(summary = "Get the form schema", operationId = "GetFormSchema",
      visibility = Visibility.INTERNAL)
  public FormSchema schema(@PathParam("formId") String formId) {
    return null;
  }

  /**
   * Submits a form.
   *
   * @param formId the form
   * @param values the values of the form's fields
   */
  @POST
  @Path("submissions")
  @Action(summary = "Submit a form", operationId = "SubmitForm")
  public Submission submit(@PathParam("formId") String formId,
      @DynamicSchema(operation = "GetFormSchema", valuePath = "schema",
          parameters = @Arg(name = "formId", parameter = "formId"), withDynamicProperties = true)
          Map<String, Object> values) {
    return null;
  }

  /**
   * Gets a submission with the values of the form's fields.
   *
   * @param formId the form
   * @param id the submission
   */
  @GET
  @Path("submissions/{id}")
  @Action(summary = "Get a submission", operationId = "GetSubmission")
  @DynamicSchema(operation = "GetFormSchema", valuePath = "schema",
      parameters = @Arg(name = "formId", parameter = "formId"))
  public Map<String, Object> submission(@PathParam("formId") String formId,
      @PathParam("id") String id) {
    return null;
  }

  /**
   * Gets a submission's summary with the form's fields.
   *
   * @param formId the form
   * @param id the submission
   */
  @GET
  @Path("submissions/{id}/summary")
  @Action(summary = "Get a submission summary", operationId = "GetSubmissionSummary")
  @DynamicSchema(operation = "GetFormSchema", valuePath = "schema",
      parameters = @Arg(name = "formId", parameter = "formId"), withDynamicProperties = true)
  public Submission summary(@PathParam("formId") String formId, @PathParam("id") String id) {
    return null;
  }

  /**
   * Adds a field to a form.
   *
   * @param formId the form
   * @param field the field
   */
  @POST
  @Path("fields")
  @Action(summary = "Add a field", operationId = "AddField")
  public void addField(@PathParam("formId") String formId, NewField field) {}
}
