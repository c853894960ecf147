package com.acme.fidelity.shop;

import dev.connectorkit.annotations.Explicit;
import dev.connectorkit.annotations.Inline;
import dev.connectorkit.annotations.SwaggerKey;

/** Whatever the shop keeps about a customer: an object the connector knows nothing of. */
@Inline
@Explicit(SwaggerKey.PROPERTIES)
public record Meta() {}
