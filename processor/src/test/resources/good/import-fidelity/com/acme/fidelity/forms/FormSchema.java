package com.acme.fidelity.forms;

import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.DynamicSchema;

/** The fields of a form, known only at design time; a record without components. */
@DynamicSchema(operation = "GetFormSchema", valuePath = "schema",
    parameters = @Arg(name = "formId", parameter = "formId"))
public record FormSchema() {}
