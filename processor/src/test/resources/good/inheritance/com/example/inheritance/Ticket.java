package com.example.inheritance;

public class Ticket extends Entity {
  private String title;

  public String getTitle() {
    return title;
  }

  public boolean isOpen() {
    return true;
  }
}
