package dev.connectorkit.importer.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.connectorkit.importer.model.ImportedConnector;
import dev.connectorkit.importer.model.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the annotated Java sources of an imported connector: the {@code @Connector} class in
 * the package, the resource classes beside it and the model types in {@code <package>.model}.
 */
public final class Generator {
  private Generator() {}

  /** The sources, one file per top-level type. */
  public static List<JavaFile> generate(ImportedConnector all, String pkg, Problems problems) {
    ImportedConnector c = withoutRefusedPaths(all, problems);
    OperationNames names = new OperationNames(c.operations(), problems);
    Calls calls = new Calls(c);
    DynamicAnnotations dynamic =
        new DynamicAnnotations(id -> calls.exists(id) ? names.importedId(id) : null);
    ValueAnnotations values = new ValueAnnotations(problems, dynamic);
    JavaNames.Scope typeNames = new JavaNames.Scope();
    String connectorClass =
        typeNames.claim(JavaNames.upperCamel(c.info().title(), "Imported") + "Connector");
    ModelTypes types =
        new ModelTypes(pkg + ".model", c.definitions(), problems, values, typeNames, calls);
    ConnectorExtras extras = new ConnectorExtras(c, problems);
    Map<String, AnnotationSpec> test = extras.testConnection(names);
    MethodBuilder methods = new MethodBuilder(c, types, values, names, calls, problems, test);
    List<JavaFile> out =
        new ArrayList<>(
            new ResourceGenerator(pkg, methods, names, typeNames, problems)
                .generate(c.operations()));
    types.defineAll();
    Set<String> used = DefinitionUse.of(c);
    List<ClassName> unused = new ArrayList<>();
    types
        .definitionTypes()
        .forEach(
            (name, type) -> {
              boolean own = type.simpleName().equals(name) || !JavaNames.isIdentifier(name);
              if (!used.contains(name)
                  && own
                  && c.definitions().get(name) != null
                  && !c.definitions().get(name).isRef()
                  && !types.isEnumDefinition(name)) {
                unused.add(type);
              }
            });
    boolean actions = c.operations().stream().anyMatch(o -> o.trigger() == null);
    boolean triggers = c.operations().stream().anyMatch(o -> o.trigger() != null);
    out.add(
        0,
        new ConnectorGenerator(c, problems, names, extras, typeNames)
            .generate(pkg, connectorClass, unused, actions, triggers));
    out.addAll(types.files());
    return out;
  }

  /**
   * The connector without the operations whose path the processor refuses (it holds '?', '#', '*'
   * or '='), reported: the rest still compiles.
   */
  private static ImportedConnector withoutRefusedPaths(ImportedConnector c, Problems problems) {
    List<dev.connectorkit.importer.model.Operation> kept = new ArrayList<>();
    for (var op : c.operations()) {
      if (op.path().matches(".*[?#*=].*")) {
        problems.warn(
            Problems.SWAGGER,
            op.pointer(),
            "the path "
                + op.path()
                + " holds '?',"
                + " '#', '*' or '=', which Power Platform's validator and the processor refuse; the"
                + " operation is left out");
      } else {
        kept.add(op);
      }
    }
    return kept.size() == c.operations().size()
        ? c
        : new ImportedConnector(
            c.info(),
            c.host(),
            c.basePath(),
            c.schemes(),
            c.consumes(),
            c.produces(),
            kept,
            c.notifications(),
            c.definitions(),
            c.sharedParameters(),
            c.sharedResponses(),
            c.securityDefinitions(),
            c.security(),
            c.tags(),
            c.rootExtensions(),
            c.properties());
  }
}
