package com.example.enums;

/** Written by constant name. */
public enum Color {
  RED,
  GREEN,
  BLUE
}
