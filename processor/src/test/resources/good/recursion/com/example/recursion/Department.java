package com.example.recursion;

import dev.connectorkit.annotations.Summary;
import java.util.List;

public class Department {
  public String title;
  public List<Employee> staff;

  /** The department's head. */
  @Summary("Head")
  public Employee head;
}
