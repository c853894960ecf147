package com.acme.fidelity.shop;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Important;
import dev.connectorkit.annotations.Inline;
import dev.connectorkit.annotations.Summary;
import jakarta.validation.constraints.Pattern;

/** A phone number: a plain string that says what it is, for the items of a list. */
@Inline
@Summary("Phone")
@Description("A phone number in any format.")
@Important
public record Phone(
    @JsonValue @Pattern(regexp = "[0-9 +()-]+") @JsonProperty(defaultValue = "000")
        String number) {}
