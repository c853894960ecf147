package com.example.bad;

public class Job {
  public String name;
  public Thread worker;
  public Class<?> kind;
}
