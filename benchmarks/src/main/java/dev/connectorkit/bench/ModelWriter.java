package dev.connectorkit.bench;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the model types: records with scalars, java.time, lists, maps, enums, references to other
 * models and recursion; bean classes with a nested type; enums; the generic {@code Page<T>}.
 */
final class ModelWriter {
  private static final ClassName SUMMARY = ClassName.get(Annotations.PACKAGE, "Summary");
  private static final ClassName IMPORTANT = ClassName.get(Annotations.PACKAGE, "Important");
  private static final TypeName STRING = ClassName.get(String.class);

  private final int resources;
  private final boolean connectorKit;

  ModelWriter(int resources, boolean connectorKit) {
    this.resources = resources;
    this.connectorKit = connectorKit;
  }

  /** Every model type, in a fixed order. */
  List<JavaFile> all() {
    List<JavaFile> out = new ArrayList<>();
    out.add(page());
    out.add(problem());
    for (int r = 0; r < resources; r++) {
      out.add(main(r));
      out.add(
          switch (ApiNames.secondKind(r)) {
            case ENUM -> status(r);
            case BEAN -> settings(r);
            case RECORD -> line(r);
          });
    }
    return out;
  }

  private JavaFile main(int r) {
    List<Component> c = new ArrayList<>();
    c.add(new Component(STRING, "id", "ID", "the " + ApiNames.words(r) + "'s unique ID", true));
    c.add(new Component(STRING, "name", "Name", "the display name", true));
    c.add(new Component(STRING, "description", "Description", "a longer description", false));
    c.add(
        new Component(
            TypeName.get(OffsetDateTime.class),
            "updated",
            "Updated",
            "when it last changed",
            false));
    c.add(new Component(TypeName.get(LocalDate.class), "due", "Due date", "when it is due", false));
    c.add(new Component(TypeName.get(BigDecimal.class), "amount", "Amount", "the amount", false));
    c.add(new Component(TypeName.INT, "quantity", "Quantity", "how many", false));
    c.add(new Component(TypeName.BOOLEAN, "active", "Active", "whether it is active", false));
    c.add(new Component(list(STRING), "tags", "Tags", "free labels", false));
    c.add(new Component(map(STRING), "labels", "Labels", "key-value labels", false));
    ClassName second = ApiNames.second(r);
    switch (ApiNames.secondKind(r)) {
      case ENUM -> c.add(new Component(second, "status", "Status", "where it stands", false));
      case BEAN -> c.add(new Component(second, "settings", "Settings", "its settings", false));
      case RECORD -> c.add(new Component(list(second), "lines", "Lines", "its lines", false));
    }
    int stage = r / 5 * 5 + 4;
    if (r % 5 != 4 && stage < resources) {
      c.add(new Component(ApiNames.second(stage), "stage", "Stage", "its stage", false));
    }
    if (r > 0) {
      c.add(new Component(ApiNames.main(r / 2), "related", "Related", "a related item", false));
    }
    if (r % 4 == 1) {
      c.add(new Component(map(ApiNames.main(r - 1)), "links", "Links", "linked items", false));
    }
    if (r % 5 == 0) {
      c.add(new Component(list(ApiNames.main(r)), "children", "Children", "child items", false));
    }
    return record(ApiNames.main(r), "A " + ApiNames.words(r) + ".", c);
  }

  private JavaFile line(int r) {
    List<Component> c = new ArrayList<>();
    c.add(new Component(STRING, "sku", "SKU", "the stock-keeping unit", true));
    c.add(new Component(TypeName.LONG, "quantity", "Quantity", "how many", false));
    c.add(new Component(TypeName.DOUBLE, "price", "Price", "the unit price", false));
    c.add(new Component(TypeName.get(Instant.class), "at", "At", "when it was added", false));
    if (r % 5 == 1) {
      c.add(new Component(ApiNames.main(r), "owner", "Owner", "what it belongs to", false));
    }
    if (r % 5 == 2) {
      c.add(
          new Component(
              list(map(ClassName.get(Long.class))),
              "metrics",
              "Metrics",
              "measurements by name",
              false));
    }
    return record(ApiNames.second(r), "A line of a " + ApiNames.words(r) + ".", c);
  }

  private JavaFile status(int r) {
    TypeSpec.Builder e =
        TypeSpec.enumBuilder(ApiNames.second(r))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Where a $L stands.\n", ApiNames.words(r));
    for (String constant : List.of("DRAFT", "ACTIVE", "PAUSED", "CLOSED", "ARCHIVED")) {
      e.addEnumConstant(constant);
    }
    return file(e.build());
  }

  private JavaFile settings(int r) {
    ClassName name = ApiNames.second(r);
    ClassName window = name.nestedClass("Window");
    TypeSpec.Builder nested =
        TypeSpec.classBuilder(window)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("A daily window.\n");
    property(nested, TypeName.get(LocalTime.class), "start", "Start", "when the window opens");
    property(nested, TypeName.get(LocalTime.class), "end", "End", "when the window closes");
    TypeSpec.Builder bean =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The settings of a $L.\n", ApiNames.words(r));
    property(bean, TypeName.INT, "retries", "Retries", "how often to retry");
    property(bean, TypeName.get(Duration.class), "timeout", "Timeout", "how long to wait");
    property(bean, list(STRING), "channels", "Channels", "where to notify");
    property(
        bean,
        ParameterizedTypeName.get(ClassName.get(Map.class), STRING, ClassName.get(Integer.class)),
        "limits",
        "Limits",
        "limits by name");
    property(bean, window, "window", "Window", "when it may run");
    bean.addType(nested.build());
    return file(bean.build());
  }

  private JavaFile page() {
    TypeVariableName t = TypeVariableName.get("T");
    List<Component> c =
        List.of(
            new Component(list(t), "value", "Items", "the items of this page", false),
            new Component(STRING, "nextLink", "Next link", "the next page, if any", false),
            new Component(TypeName.LONG, "count", "Count", "how many items there are", false));
    return record(ApiNames.PAGE, "One page of items.", c, t);
  }

  private JavaFile problem() {
    List<Component> c =
        List.of(
            new Component(STRING, "type", "Type", "the problem's kind", false),
            new Component(STRING, "title", "Title", "a short summary", false),
            new Component(TypeName.INT, "status", "Status", "the HTTP status", false),
            new Component(STRING, "detail", "Detail", "what went wrong", false));
    return record(ApiNames.PROBLEM, "A problem report (RFC 9457).", c);
  }

  private JavaFile record(
      ClassName name, String doc, List<Component> components, TypeVariableName... variables) {
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
    StringBuilder javadoc = new StringBuilder(doc).append("\n\n");
    for (Component c : components) {
      ParameterSpec.Builder p = ParameterSpec.builder(c.type(), c.name());
      if (connectorKit) {
        if (c.important()) {
          p.addAnnotation(IMPORTANT);
        }
        p.addAnnotation(
            AnnotationSpec.builder(SUMMARY).addMember("value", "$S", c.summary()).build());
      }
      ctor.addParameter(p.build());
      javadoc.append("@param ").append(c.name()).append(' ').append(c.doc()).append('\n');
    }
    TypeSpec.Builder type =
        TypeSpec.recordBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addTypeVariables(List.of(variables))
            .addJavadoc("$L", javadoc.toString())
            .recordConstructor(ctor.build());
    return file(type.build());
  }

  private void property(
      TypeSpec.Builder type, TypeName t, String name, String summary, String doc) {
    type.addField(FieldSpec.builder(t, name, Modifier.PRIVATE).build());
    String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    MethodSpec.Builder getter =
        MethodSpec.methodBuilder("get" + cap)
            .addModifiers(Modifier.PUBLIC)
            .returns(t)
            .addJavadoc("$L.\n", Character.toUpperCase(doc.charAt(0)) + doc.substring(1))
            .addStatement("return $N", name);
    if (connectorKit) {
      getter.addAnnotation(
          AnnotationSpec.builder(SUMMARY).addMember("value", "$S", summary).build());
    }
    type.addMethod(getter.build());
    type.addMethod(
        MethodSpec.methodBuilder("set" + cap)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Sets $L.\n", doc)
            .addParameter(t, name)
            .addStatement("this.$N = $N", name, name)
            .build());
  }

  static TypeName list(TypeName item) {
    return ParameterizedTypeName.get(ClassName.get(List.class), item);
  }

  static TypeName map(TypeName value) {
    return ParameterizedTypeName.get(ClassName.get(Map.class), STRING, value);
  }

  static JavaFile file(TypeSpec type) {
    String pkg = type.name().equals("BenchApplication") ? ApiNames.ROOT : ApiNames.MODELS;
    return JavaFile.builder(pkg, type).indent("  ").skipJavaLangImports(true).build();
  }

  /** One property: its type, name, display title, Javadoc and importance. */
  private record Component(
      TypeName type, String name, String summary, String doc, boolean important) {}
}
