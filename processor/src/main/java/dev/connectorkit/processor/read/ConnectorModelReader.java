package dev.connectorkit.processor.read;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.Auth;
import dev.connectorkit.processor.model.ConnectorInfo;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Definition;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.OperationRef;
import dev.connectorkit.processor.model.Origin;
import dev.connectorkit.processor.model.Policy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Reads one connector: its {@code @Connector} facts and the operations and definitions of its
 * resource classes, with derived operation ids made unique.
 */
public final class ConnectorModelReader {
  private final ProcessingEnvironment env;
  private final AnnotationValues values;
  private final Javadocs javadocs;
  private final Diagnostics diagnostics;

  public ConnectorModelReader(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.env = env;
    this.values = new AnnotationValues(env.getElementUtils());
    this.javadocs = new Javadocs(env.getElementUtils());
    this.diagnostics = diagnostics;
  }

  /** The model, or null when a type it needs does not exist (javac reports that itself). */
  public ConnectorModel read(
      TypeElement element,
      AnnotationMirror annotation,
      ConnectorInfo info,
      List<TypeElement> resources) {
    TypeSchemaReader schemas =
        new TypeSchemaReader(env, values, javadocs, diagnostics, info.allOf());
    JaxRs jaxRs = new JaxRs(values);
    DisplayReader display = new DisplayReader(values, javadocs, diagnostics);
    ResourceReader resourceReader =
        new ResourceReader(env.getElementUtils(), env.getTypeUtils(), jaxRs, diagnostics);
    ParameterReader parameters =
        new ParameterReader(
            env.getTypeUtils(),
            env.getElementUtils(),
            values,
            jaxRs,
            schemas,
            display,
            diagnostics);
    ResponseReader responses = new ResponseReader(env.getTypeUtils(), values, schemas, diagnostics);
    OperationReader operations =
        new OperationReader(
            values,
            javadocs,
            parameters,
            responses,
            new OperationExtrasReader(values, schemas, diagnostics),
            diagnostics,
            new Omissions(values).of(List.of(element)));
    List<ResourceMethod> methods = new ArrayList<>();
    List<Operation> read = new ArrayList<>();
    for (TypeElement resource : resources) {
      for (ResourceMethod rm : resourceReader.read(resource)) {
        methods.add(rm);
        read.add(operations.read(rm, info));
      }
    }
    for (var type : values.types(annotation, "definitions")) {
      schemas.define(type, Origin.of(element, annotation).member("definitions"));
    }
    if (schemas.isIncomplete()) {
      return null;
    }
    OperationLinker linker = new OperationLinker(diagnostics);
    List<Operation> assigned = linker.selfIds(OperationIds.assign(methods, read));
    ParameterRefs parameterRefs = new ParameterRefs(schemas.definitions());
    Map<String, Definition> definitions = parameterRefs.definitions(assigned);
    List<Operation> named = parameterRefs.operations(assigned);
    List<Policy> policies =
        new ArrayList<>(new PolicyReader(values, diagnostics).read(element, info.id()));
    policies.addAll(DerivedPolicies.of(named, definitions, List.copyOf(policies)));
    ConnectorExtrasReader extras = new ConnectorExtrasReader(values, diagnostics);
    List<OperationRef> script = extras.scriptOperations(element);
    Map<String, Object> root = extras.root(element, annotation, testConnection(named));
    Auth auth = new AuthReader(values, diagnostics, env.getOptions()).read(element, info.id());
    Map<String, String> links =
        linker.link(named, definitions, policies, java.util.Arrays.asList(root, script));
    return new ConnectorModel(
        info,
        named,
        definitions,
        auth,
        policies,
        script,
        extras.info(annotation),
        root,
        links,
        Origin.of(element, annotation));
  }

  /**
   * {@code testConnection} of the operation marked {@code @TestConnection}, if any; the reference
   * to it stands at the annotation, so that rules point there.
   */
  private Map<String, Object> testConnection(List<Operation> operations) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Operation op : operations) {
      var mark = AnnotationValues.find(op.origin().element(), Names.CK + "TestConnection");
      if (mark.isEmpty()) {
        continue;
      }
      Origin at = Origin.of(op.origin().element(), mark.get());
      if (out.get("testConnection") instanceof Map<?, ?> first) {
        diagnostics.report(
            Message.TEST_CONNECTION_NOT_VALID,
            at,
            op.operationId()
                + " is a second one; keep @TestConnection on one operation, "
                + ((OperationRef) first.get("operationId")).ref());
        continue;
      }
      Map<String, Object> call = new LinkedHashMap<>();
      call.put("operationId", new OperationRef(op.operationId(), at));
      call.put("parameters", new DynamicCalls(values, diagnostics).classicArgs(mark.get(), at));
      out.put("testConnection", call);
    }
    return out;
  }

  /** Whether a class is a JAX-RS resource (it or a supertype has {@code @Path}). */
  public boolean isResource(TypeElement type) {
    return new ResourceReader(
            env.getElementUtils(), env.getTypeUtils(), new JaxRs(values), diagnostics)
        .isResource(type);
  }

  /** The connector facts. */
  public ConnectorInfo info(TypeElement element, AnnotationMirror annotation) {
    return new ConnectorReader(values).read(element, annotation);
  }

  /** The resources listed in {@code @Connector(resources = ...)}. */
  public List<TypeElement> listedResources(AnnotationMirror annotation) {
    return new ConnectorReader(values).listedResources(annotation);
  }

  static Map<String, Integer> counts(List<String> names) {
    Map<String, Integer> counts = new HashMap<>();
    names.forEach(n -> counts.merge(n, 1, Integer::sum));
    return counts;
  }
}
