package com.example.beans;

public class PrivateFields {
  private String name;
  private long size;
  private boolean visible;
  private transient String label;
  private String hidden;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public long getSize() {
    return size;
  }

  public boolean isVisible() {
    return visible;
  }

  public String getLabel() {
    return label;
  }

  String getHidden() {
    return hidden;
  }
}
