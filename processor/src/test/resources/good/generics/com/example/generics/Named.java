package com.example.generics;

/** A generic class whose variable has a self-referencing bound. */
public class Named<T extends Comparable<T>> {
  public String name;
  public T key;
}
