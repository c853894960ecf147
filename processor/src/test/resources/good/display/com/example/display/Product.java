package com.example.display;

import dev.connectorkit.annotations.Advanced;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Important;
import dev.connectorkit.annotations.Summary;

/** A product, described on fields and getters. */
public class Product {
  /** The product's name, as shown in the shop. */
  private String name;

  @Summary("SKU")
  private String sku;

  @Important public String title;

  public String getName() {
    return name;
  }

  public String getSku() {
    return sku;
  }

  /**
   * The price in cents.
   *
   * @return the price
   */
  @Advanced
  public long getPrice() {
    return 0;
  }

  /** @return the stock level */
  public int getStock() {
    return 0;
  }

  @Description("Shown on the getter, not the field.")
  public String getLabel() {
    return "";
  }
}
