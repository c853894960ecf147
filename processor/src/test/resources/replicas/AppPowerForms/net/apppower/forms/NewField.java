package net.apppower.forms;

import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.DynamicProperties;
import dev.connectorkit.annotations.DynamicSchema;
import dev.connectorkit.annotations.DynamicValues;
import dev.connectorkit.annotations.Inline;
import dev.connectorkit.annotations.Summary;
import jakarta.validation.constraints.NotNull;

// A field to add to an Easy form; its configuration depends on its type.
@Inline
public record NewField(
    @NotNull @Summary("Form ID") @Description("Card ID of the form to add this field to.")
    String instanceId,
    @NotNull @Summary("Form name") @Description("Name of the form.")
    @DynamicValues(operation = "MetadataListOfCards", valuePath = "name",
        titlePath = "displayName", parameters = @Arg(name = "cardType", value = "EasyCard"))
    String formName,
    @NotNull @Summary("Field name") @Description("Field name is displayed on the form.")
    String fieldName,
    @NotNull @Summary("Field type") @Description("Choose the field type.")
    @DynamicValues(operation = "MetadataFormFieldTypes")
    String fieldType,
    @DynamicSchema(operation = "MetadataFieldTypeSpecificSchema",
        parameters = @Arg(name = "fieldType", parameter = "fieldType"))
    @DynamicProperties(operation = "MetadataFieldTypeSpecificSchema",
        parameters = @Arg(name = "fieldType", parameter = "body/fieldType"))
    Object fieldConfiguration) {}
