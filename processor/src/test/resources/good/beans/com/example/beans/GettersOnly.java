package com.example.beans;

import java.net.URL;

public class GettersOnly {
  public URL getURL() {
    return null;
  }

  public boolean isActive() {
    return true;
  }

  public Boolean isEnabled() {
    return true;
  }

  public String isNotAGetter() {
    return "";
  }

  public String getFullName() {
    return "";
  }

  public int getHTTPStatus() {
    return 200;
  }

  public String getX() {
    return "";
  }

  public String getWith(int argument) {
    return "";
  }

  public static String getStatic() {
    return "";
  }

  public void getNothing() {}

  public String get() {
    return "";
  }

  public String is() {
    return "";
  }
}
