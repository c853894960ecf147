package com.example.shapes;

import com.fasterxml.jackson.annotation.JsonFormat;

/** Written as its ordinal: the class-level shape applies wherever it is used. */
@JsonFormat(shape = JsonFormat.Shape.NUMBER)
public enum Rank {
  FIRST,
  SECOND
}
