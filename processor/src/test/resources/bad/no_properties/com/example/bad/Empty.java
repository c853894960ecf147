package com.example.bad;

/** No public field, getter or record component: Jackson finds no properties. */
public class Empty {
  private String hidden;
}
