package com.plumsail.forms;

import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.DynamicProperties;
import dev.connectorkit.annotations.DynamicSchema;

// The data of a submission, shaped like the form: its schema comes from GetFormSchema.
@DynamicSchema(operation = "GetFormSchema", valuePath = "response",
    parameters = @Arg(name = "formId", parameter = "formId"))
@DynamicProperties(operation = "GetFormSchema", itemValuePath = "response",
    parameters = @Arg(name = "formId", parameter = "subscriber/formId"))
public record FormSchema() {}
