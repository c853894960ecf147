package dev.connectorkit.importer.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers to build annotation specs with string, boolean and array members. */
public final class Annotations {
  /** The package of ConnectorKit's annotations. */
  public static final String CK = "dev.connectorkit.annotations";

  private static final Pattern SWAGGER_KEY = Pattern.compile("SwaggerKey\\.([A-Z_]+)");

  private Annotations() {}

  /** A ConnectorKit annotation type. */
  public static ClassName ck(String simpleName) {
    return ClassName.get(CK, simpleName);
  }

  /** {@code @Name("value")}. */
  public static AnnotationSpec of(ClassName type, String value) {
    return AnnotationSpec.builder(type).addMember("value", "$S", value).build();
  }

  /** A string array member: {@code "a"}, or {@code {"a", "b"}} (JavaPoet writes the braces). */
  public static void strings(AnnotationSpec.Builder b, String member, List<String> values) {
    values.forEach(v -> b.addMember(member, "$S", v));
  }

  /** An array of nested annotations, one value per element. */
  public static void annotations(
      AnnotationSpec.Builder b, String member, List<AnnotationSpec> values) {
    values.forEach(v -> b.addMember(member, "$L", v));
  }

  /** {@code @Omit} or {@code @Explicit} with the {@code SwaggerKey}s named, or null for none. */
  public static AnnotationSpec keys(String annotation, List<String> keys) {
    if (keys.isEmpty()) {
      return null;
    }
    AnnotationSpec.Builder b = AnnotationSpec.builder(ck(annotation));
    keys.forEach(k -> b.addMember("value", "$T.$L", ck("SwaggerKey"), k));
    return b.build();
  }

  /**
   * The annotations with all {@code @Omit}s made one, and all {@code @Explicit}s: several parts of
   * the import ask for keys on the same element, and neither annotation repeats.
   */
  public static List<AnnotationSpec> merged(List<AnnotationSpec> annotations) {
    Map<String, Set<String>> keys = new LinkedHashMap<>();
    List<Object> slots = new ArrayList<>();
    for (AnnotationSpec a : annotations) {
      String name = a.type().toString();
      boolean keyed = name.equals(CK + ".Omit") || name.equals(CK + ".Explicit");
      if (!keyed) {
        slots.add(a);
        continue;
      }
      String simple = name.substring(CK.length() + 1);
      if (!keys.containsKey(simple)) {
        slots.add(simple);
      }
      Set<String> set = keys.computeIfAbsent(simple, k -> new LinkedHashSet<>());
      Matcher m = SWAGGER_KEY.matcher(a.members().get("value").toString());
      while (m.find()) {
        set.add(m.group(1));
      }
    }
    List<AnnotationSpec> out = new ArrayList<>();
    for (Object slot : slots) {
      out.add(
          slot instanceof AnnotationSpec a
              ? a
              : keys((String) slot, new ArrayList<>(keys.get((String) slot))));
    }
    return out;
  }

  /** A parameter (or record component) with its {@code @Omit}s made one. */
  public static ParameterSpec merged(ParameterSpec p) {
    return ParameterSpec.builder(p.type(), p.name())
        .addModifiers(p.modifiers())
        .addAnnotations(merged(p.annotations()))
        .build();
  }

  /** Adds a string member when the value is set and differs from the default. */
  public static void string(AnnotationSpec.Builder b, String member, String value, String dflt) {
    if (value != null && !value.equals(dflt)) {
      b.addMember(member, "$S", value);
    }
  }
}
