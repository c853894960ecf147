package net.apppower.forms;

import dev.connectorkit.annotations.Inline;
import dev.connectorkit.annotations.Title;
import jakarta.validation.constraints.NotNull;

// A form made from Adaptive Card JSON.
@Inline
public record NewAdaptiveCard(
    @NotNull @Title("Card name") String name,
    @NotNull @Title("Adaptive Card JSON") String card,
    @Title("Card displayed after submit") String cardAfterSubmit) {}
