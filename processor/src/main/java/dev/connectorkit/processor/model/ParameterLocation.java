package dev.connectorkit.processor.model;

/** Where a parameter travels: the Swagger 2.0 {@code in} values. */
public enum ParameterLocation {
  PATH("path"),
  QUERY("query"),
  HEADER("header"),
  FORM_DATA("formData"),
  BODY("body");

  private final String swaggerName;

  ParameterLocation(String swaggerName) {
    this.swaggerName = swaggerName;
  }

  /** The value of {@code in}. */
  public String swaggerName() {
    return swaggerName;
  }
}
