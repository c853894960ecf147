package com.example.validation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Constraints on fields and getters of a class. */
public class Account {
  @NotNull
  @Size(max = 40)
  private String owner;

  private String iban;

  public String getOwner() {
    return owner;
  }

  @NotNull
  public String getIban() {
    return iban;
  }
}
