package com.acme.forms;

import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.DynamicProperties;
import java.util.Map;

/**
 * A field to add to a form.
 *
 * @param type the field type
 * @param configuration the settings of that field type
 */
public record NewField(
    String type,
    @DynamicProperties(operation = "GetFieldTypeSchema", itemValuePath = "schema",
        parameters = @Arg(name = "type", parameter = "field/type"))
        Map<String, Object> configuration) {}
