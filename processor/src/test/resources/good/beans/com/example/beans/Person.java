package com.example.beans;

public record Person(String firstName, String lastName, int age) {
  public static final int ADULT = 18;

  public String getDisplayName() {
    return firstName + " " + lastName;
  }

  public boolean isAdult() {
    return age >= ADULT;
  }

  public String initials() {
    return "";
  }

  public static Person of(String first, String last) {
    return new Person(first, last, 0);
  }
}
