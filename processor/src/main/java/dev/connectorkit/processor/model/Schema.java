package dev.connectorkit.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Swagger 2.0 schema (also the type part of a non-body parameter or header), immutable.
 *
 * <p>{@code ref} is a definition key, resolved to {@code #/definitions/<name>} when written, so
 * that definition names can be chosen once every type of the connector is known.
 */
public record Schema(
    String ref,
    String type,
    String format,
    String title,
    String description,
    String summary,
    String visibility,
    Object defaultValue,
    List<Object> enumValues,
    Schema items,
    Map<String, Schema> properties,
    List<String> required,
    Schema additionalProperties,
    List<Schema> allOf,
    String discriminator,
    String pattern,
    Long minLength,
    Long maxLength,
    Long minItems,
    Long maxItems,
    Boolean uniqueItems,
    Number minimum,
    Boolean exclusiveMinimum,
    Number maximum,
    Boolean exclusiveMaximum,
    Boolean readOnly,
    Map<String, Object> extensions) {

  /** A schema of a type and optional format, e.g. {@code ("integer", "int32")}. */
  public static Schema of(String type, String format) {
    return builder().type(type).format(format).build();
  }

  /** A reference to the definition with the given key. */
  public static Schema ref(String definitionKey) {
    return builder().ref(definitionKey).build();
  }

  /** An array of the given items. */
  public static Schema arrayOf(Schema items) {
    return builder().type("array").items(items).build();
  }

  /** A free-form object: any JSON value the designer can show. */
  public static Schema freeForm() {
    return builder().type("object").build();
  }

  /** Whether this is only a {@code $ref}. */
  public boolean isRef() {
    return ref != null;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this schema's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.ref = ref;
    b.type = type;
    b.format = format;
    b.title = title;
    b.description = description;
    b.summary = summary;
    b.visibility = visibility;
    b.defaultValue = defaultValue;
    b.enumValues = enumValues;
    b.items = items;
    b.properties = properties;
    b.required = required;
    b.additionalProperties = additionalProperties;
    b.allOf = allOf;
    b.discriminator = discriminator;
    b.pattern = pattern;
    b.minLength = minLength;
    b.maxLength = maxLength;
    b.minItems = minItems;
    b.maxItems = maxItems;
    b.uniqueItems = uniqueItems;
    b.minimum = minimum;
    b.exclusiveMinimum = exclusiveMinimum;
    b.maximum = maximum;
    b.exclusiveMaximum = exclusiveMaximum;
    b.readOnly = readOnly;
    b.extensions = extensions;
    return b;
  }

  /** Builds {@link Schema}s; collections are copied into ordered, unmodifiable ones. */
  public static final class Builder {
    private String ref;
    private String type;
    private String format;
    private String title;
    private String description;
    private String summary;
    private String visibility;
    private Object defaultValue;
    private List<Object> enumValues;
    private Schema items;
    private Map<String, Schema> properties;
    private List<String> required;
    private Schema additionalProperties;
    private List<Schema> allOf;
    private String discriminator;
    private String pattern;
    private Long minLength;
    private Long maxLength;
    private Long minItems;
    private Long maxItems;
    private Boolean uniqueItems;
    private Number minimum;
    private Boolean exclusiveMinimum;
    private Number maximum;
    private Boolean exclusiveMaximum;
    private Boolean readOnly;
    private Map<String, Object> extensions;

    private Builder() {}

    public Builder ref(String v) {
      ref = v;
      return this;
    }

    public Builder type(String v) {
      type = v;
      return this;
    }

    public Builder format(String v) {
      format = v;
      return this;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder description(String v) {
      description = v;
      return this;
    }

    public Builder summary(String v) {
      summary = v;
      return this;
    }

    public Builder visibility(String v) {
      visibility = v;
      return this;
    }

    public Builder defaultValue(Object v) {
      defaultValue = v;
      return this;
    }

    public Builder enumValues(List<?> v) {
      enumValues = v == null ? null : new ArrayList<>(v);
      return this;
    }

    public Builder items(Schema v) {
      items = v;
      return this;
    }

    public Builder properties(Map<String, Schema> v) {
      properties = v;
      return this;
    }

    public Builder required(List<String> v) {
      required = v;
      return this;
    }

    public Builder additionalProperties(Schema v) {
      additionalProperties = v;
      return this;
    }

    public Builder allOf(List<Schema> v) {
      allOf = v;
      return this;
    }

    public Builder discriminator(String v) {
      discriminator = v;
      return this;
    }

    public Builder pattern(String v) {
      pattern = v;
      return this;
    }

    public Builder minLength(Long v) {
      minLength = v;
      return this;
    }

    public Builder maxLength(Long v) {
      maxLength = v;
      return this;
    }

    public Builder minItems(Long v) {
      minItems = v;
      return this;
    }

    public Builder maxItems(Long v) {
      maxItems = v;
      return this;
    }

    public Builder uniqueItems(Boolean v) {
      uniqueItems = v;
      return this;
    }

    public Builder minimum(Number v) {
      minimum = v;
      return this;
    }

    public Builder exclusiveMinimum(Boolean v) {
      exclusiveMinimum = v;
      return this;
    }

    public Builder maximum(Number v) {
      maximum = v;
      return this;
    }

    public Builder exclusiveMaximum(Boolean v) {
      exclusiveMaximum = v;
      return this;
    }

    public Builder readOnly(Boolean v) {
      readOnly = v;
      return this;
    }

    /** Adds an {@code x-ms-*} (or other) extension, written after the standard keys in order. */
    public Builder extension(String key, Object value) {
      Map<String, Object> copy =
          extensions == null ? new LinkedHashMap<>() : new LinkedHashMap<>(extensions);
      copy.put(key, value);
      extensions = copy;
      return this;
    }

    /** The schema. */
    public Schema build() {
      return new Schema(
          ref,
          type,
          format,
          title,
          description,
          summary,
          visibility,
          defaultValue,
          enumValues == null ? null : List.copyOf(enumValues),
          items,
          properties == null
              ? null
              : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties)),
          required == null ? null : List.copyOf(required),
          additionalProperties,
          allOf == null ? null : List.copyOf(allOf),
          discriminator,
          pattern,
          minLength,
          maxLength,
          minItems,
          maxItems,
          uniqueItems,
          minimum,
          exclusiveMinimum,
          maximum,
          exclusiveMaximum,
          readOnly,
          extensions == null
              ? null
              : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions)));
    }
  }
}
