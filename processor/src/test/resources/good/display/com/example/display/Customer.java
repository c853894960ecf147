package com.example.display;

import dev.connectorkit.annotations.Advanced;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Important;
import dev.connectorkit.annotations.Inline;
import dev.connectorkit.annotations.Internal;
import dev.connectorkit.annotations.Summary;
import java.util.List;

/**
 * A customer. A model-typed property with a title or description is written in place, because
 * nothing may stand beside a {@code $ref}; without Javadoc for {@code home}, the address keeps
 * its own description.
 *
 * @param id the customer's ID
 * @param name ignored: the annotation wins
 * @param referrer who referred the customer; recursive, so it stays a reference
 */
public record Customer(
    @Summary("Customer ID") @Important String id,
    @Description("The full name.") @Summary("Name") String name,
    @Advanced String notes,
    @Internal String etag,
    @Summary("Home address") Address home,
    @Description("Where invoices go.") @Advanced Address billing,
    Address other,
    @Inline Address inlinedHere,
    Pin pin,
    List<Pin> pins,
    @Description("Earlier addresses.") List<Address> previous,
    Customer referrer) {}
