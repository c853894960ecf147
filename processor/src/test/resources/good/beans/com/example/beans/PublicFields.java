package com.example.beans;

public class PublicFields {
  public static final String CONSTANT = "static fields are not properties";
  public static int counter;

  public String name;
  public int count;
  public transient String cache;
  protected String notPublic;
  String packagePrivate;
  private String secret;
}
