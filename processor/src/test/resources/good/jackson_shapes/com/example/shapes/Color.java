package com.example.shapes;

public enum Color {
  RED,
  GREEN,
  BLUE
}
