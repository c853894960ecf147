package com.example.shapes;

import com.fasterxml.jackson.annotation.JsonValue;

/** An amount written as one string such as "12.50 EUR". */
public record Money(String amount, String currency) {
  @JsonValue
  public String text() {
    return amount + " " + currency;
  }
}
