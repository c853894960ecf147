package com.acme.fidelity.shop;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Format;
import dev.connectorkit.annotations.Inline;
import dev.connectorkit.annotations.Summary;

/** A receipt file, the body of a download. */
@Inline
@Summary("Receipt")
@Description("The receipt as a PDF file.")
public record Receipt(@JsonValue @Format("binary") String content) {}
