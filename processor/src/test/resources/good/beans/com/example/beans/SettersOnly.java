package com.example.beans;

public class SettersOnly {
  public void setName(String name) {}

  public void setCount(int count) {}

  public void setTwo(String a, String b) {}

  public static void setStatic(String value) {}
}
