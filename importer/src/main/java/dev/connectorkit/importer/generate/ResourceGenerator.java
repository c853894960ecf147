package dev.connectorkit.importer.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.connectorkit.importer.model.Operation;
import dev.connectorkit.importer.model.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The resource classes: operations grouped by their first tag, else by the first meaningful segment
 * of their path ({@code /api/v2/tickets/{id}} → {@code TicketsResource}), each class at the paths
 * its operations share.
 */
final class ResourceGenerator {
  private final String pkg;
  private final MethodBuilder methods;
  private final OperationNames names;
  private final JavaNames.Scope types;
  private final Problems problems;

  ResourceGenerator(
      String pkg,
      MethodBuilder methods,
      OperationNames names,
      JavaNames.Scope types,
      Problems problems) {
    this.pkg = pkg;
    this.methods = methods;
    this.names = names;
    this.types = types;
    this.problems = problems;
  }

  List<JavaFile> generate(List<Operation> operations) {
    Map<String, List<Operation>> groups = new LinkedHashMap<>();
    for (Operation op : operations) {
      groups.computeIfAbsent(group(op), k -> new ArrayList<>()).add(op);
    }
    List<JavaFile> out = new ArrayList<>();
    groups.forEach(
        (group, ops) ->
            out.add(
                JavaFile.builder(pkg, resource(group, ops))
                    .skipJavaLangImports(true)
                    .indent("  ")
                    .build()));
    return out;
  }

  private TypeSpec resource(String group, List<Operation> ops) {
    String name = types.claim(JavaNames.upperCamel(group, "Default") + "Resource");
    List<String> prefix = commonPrefix(ops);
    TypeSpec.Builder b =
        TypeSpec.classBuilder(ClassName.get(pkg, name))
            .alwaysQualify(types.qualified())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The $L operations of the connector.\n", group)
            .addAnnotation(
                Annotations.of(
                    ClassName.get("jakarta.ws.rs", "Path"), "/" + String.join("/", prefix)));
    List<String> sharedTags = ops.get(0).tags();
    boolean classTags =
        sharedTags != null
            && !sharedTags.isEmpty()
            && ops.stream().allMatch(o -> sharedTags.equals(o.tags()));
    if (classTags) {
      b.addAnnotation(tags(sharedTags));
    }
    JavaNames.Scope members = new JavaNames.Scope();
    for (Operation op : ops) {
      String method = members.claim(names.method(op));
      if (!method.equals(names.method(op))) {
        names.renamed(op, method);
      }
      List<AnnotationSpec> tags = new ArrayList<>();
      if (!classTags && op.tags() != null && !op.tags().isEmpty()) {
        tags.add(tags(op.tags()));
      } else if (op.tags() != null && op.tags().isEmpty()) {
        problems.warn(Problems.SWAGGER, op.pointer() + "/tags", "empty tags are left out");
      }
      String sub =
          String.join("/", segments(op.path()).subList(prefix.size(), segments(op.path()).size()));
      // The processor keeps a final '/' of the method's own @Path.
      if (!sub.isEmpty() && op.path().endsWith("/")) {
        sub += "/";
      }
      String written = "/" + String.join("/", segments(op.path())) + (sub.endsWith("/") ? "/" : "");
      if (!op.path().equals(written)) {
        problems.warn(
            Problems.SWAGGER,
            op.pointer(),
            "the path " + op.path() + " is written by the processor as " + written);
      }
      b.addMethod(methods.build(op, method, sub, tags));
    }
    return b.build();
  }

  private static AnnotationSpec tags(List<String> tags) {
    AnnotationSpec.Builder b = AnnotationSpec.builder(Annotations.ck("Tags"));
    Annotations.strings(b, "value", tags);
    return b.build();
  }

  /** The group of an operation: its first tag, else the first meaningful path segment. */
  static String group(Operation op) {
    if (op.tags() != null && !op.tags().isEmpty() && !op.tags().get(0).isBlank()) {
      return op.tags().get(0);
    }
    for (String s : segments(op.path())) {
      boolean version = s.matches("(?i)v\\d+(\\.\\d+)*|\\d+(\\.\\d+)*");
      if (!s.startsWith("{")
          && !version
          && !s.equalsIgnoreCase("api")
          && !JavaNames.upperCamel(s, "").isEmpty()) {
        return s;
      }
    }
    return "Default";
  }

  /**
   * The literal segments every operation's path starts with, up to the first variable; a path with
   * a final '/' gives its last segment to its method.
   */
  private static List<String> commonPrefix(List<Operation> ops) {
    List<String> prefix = null;
    for (Operation op : ops) {
      List<String> segs = segments(op.path());
      if (op.path().endsWith("/") && !segs.isEmpty()) {
        // The last segment stays with the method, whose @Path keeps the final '/'.
        segs = segs.subList(0, segs.size() - 1);
      }
      if (prefix == null) {
        prefix = new ArrayList<>();
        for (String s : segs) {
          if (s.contains("{")) {
            break;
          }
          prefix.add(s);
        }
      } else {
        int i = 0;
        while (i < prefix.size() && i < segs.size() && prefix.get(i).equals(segs.get(i))) {
          i++;
        }
        prefix = new ArrayList<>(prefix.subList(0, i));
      }
    }
    return prefix == null ? List.of() : prefix;
  }

  /** The non-empty segments of a path. */
  static List<String> segments(String path) {
    return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }
}
