package net.apppower.forms;

import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.DynamicProperties;
import dev.connectorkit.annotations.DynamicSchema;
import dev.connectorkit.annotations.Inline;
import dev.connectorkit.annotations.Summary;
import java.util.List;

// What the polling trigger returns: the submissions since the timestamp, and the new timestamp.
@Inline
public record Submissions(
    @Description("Timestamp for polling trigger") String timestamp,
    @Description("Array of submissions since the last poll.") List<Submission> submissions) {

  // One submitted form; its data is shaped like the form.
  @Inline
  public record Submission(
      @Summary("Form name") @Description("Name of the submitted form.") String formName,
      @Summary("Form ID") @Description("Instance ID of the submitted form or card.")
      String formId,
      @Summary("Submitted") @Description("Timestamp when the form was submitted (UTC)")
      String submitted,
      @DynamicSchema(operation = "GetResponseSchema",
          parameters = @Arg(name = "cardName", parameter = "name"))
      @DynamicProperties(operation = "GetResponseSchema",
          parameters = @Arg(name = "cardName", parameter = "name"))
      Object data) {}
}
