package com.example.shapes;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

public class Order {
  // @JsonInclude decides whether a value is written, not what it looks like: no schema change.
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public String note;

  @JsonUnwrapped(prefix = "ship_")
  public Address shipping;

  @JsonUnwrapped(prefix = "bill_", suffix = "_line")
  public Address billing;

  @JsonPropertyDescription("What the customer asked for.")
  public String request;

  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public long id;

  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public BigDecimal total;

  @JsonFormat(shape = JsonFormat.Shape.NUMBER)
  public Instant placed;

  @JsonFormat(shape = JsonFormat.Shape.NUMBER_INT)
  public Instant placedMillis;

  @JsonFormat(shape = JsonFormat.Shape.NUMBER)
  public Date legacy;

  @JsonFormat(shape = JsonFormat.Shape.NUMBER)
  public LocalDate dayParts;

  @JsonFormat(pattern = "dd.MM.yyyy")
  public LocalDate day;

  @JsonFormat(shape = JsonFormat.Shape.NUMBER)
  public Color color;

  @JsonFormat(shape = JsonFormat.Shape.NUMBER)
  public double unchanged;

  public Rank rank;

  public Money price;

  private Map<String, Integer> counters;

  @JsonAnyGetter
  public Map<String, Integer> getCounters() {
    return counters;
  }
}
