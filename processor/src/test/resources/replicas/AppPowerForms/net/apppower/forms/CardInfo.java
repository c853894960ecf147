package net.apppower.forms;

import dev.connectorkit.annotations.Inline;

// A form or card, for dropdowns.
@Inline
public record CardInfo(String name, String displayName) {}
