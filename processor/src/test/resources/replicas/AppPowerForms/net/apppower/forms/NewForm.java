package net.apppower.forms;

import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Inline;
import dev.connectorkit.annotations.Summary;
import jakarta.validation.constraints.NotNull;

// A new Easy form.
@Inline
public record NewForm(
    @NotNull @Summary("Form name")
    @Description("Give unique form name. This is not visible to the end user.")
    String formTitle,
    @Summary("Form description")
    @Description("Give form description. This text is displayed at the beginning of the form.")
    String welcomeText,
    @Summary("Thank you text") @Description("Give text displayed to the user after submission.")
    String thankYouText) {}
