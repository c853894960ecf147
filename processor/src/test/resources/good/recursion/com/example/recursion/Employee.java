package com.example.recursion;

public class Employee {
  public String name;
  public Department department;
}
