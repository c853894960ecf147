package dev.connectorkit.processor.read;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.Origin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides which resource classes belong to which connector: the explicit {@code resources} list,
 * else every resource in the connector's package and below that no connector lists, the nearest
 * scanning connector's package winning. Abstract resources count only where no concrete class of
 * the compilation implements them.
 */
public final class ResourceScope {
  private final Elements elements;
  private final Types types;
  private final ConnectorModelReader reader;
  private final Diagnostics diagnostics;

  public ResourceScope(
      Elements elements, Types types, ConnectorModelReader reader, Diagnostics diagnostics) {
    this.elements = elements;
    this.types = types;
    this.reader = reader;
    this.diagnostics = diagnostics;
  }

  /** Connector → its resources (sorted by name); every connector is a key. */
  public Map<TypeElement, List<TypeElement>> assign(
      List<TypeElement> connectors, List<TypeElement> allTypes) {
    List<TypeElement> resources = resources(allTypes);
    // A resource some connector lists is that connector's choice, not another one's to scan.
    List<TypeElement> listedAnywhere = new ArrayList<>();
    for (TypeElement connector : connectors) {
      AnnotationMirror annotation = ConnectorReader.connectorAnnotation(connector).orElseThrow();
      listedAnywhere.addAll(reader.listedResources(annotation));
    }
    Map<TypeElement, List<TypeElement>> out = new LinkedHashMap<>();
    Map<TypeElement, TypeElement> claimedBy = new LinkedHashMap<>();
    for (TypeElement connector : connectors) {
      AnnotationMirror annotation = ConnectorReader.connectorAnnotation(connector).orElseThrow();
      List<TypeElement> listed = reader.listedResources(annotation);
      List<TypeElement> mine = new ArrayList<>();
      if (!listed.isEmpty()) {
        for (TypeElement r : listed) {
          if (!reader.isResource(r)) {
            diagnostics.report(
                Message.RESOURCE_NOT_A_RESOURCE,
                listed(connector, annotation, r),
                r.getQualifiedName());
          } else if (!mine.contains(r)) {
            mine.add(r);
          }
        }
      } else {
        for (TypeElement r : resources) {
          if (!listedAnywhere.contains(r)
              && nearestScanningConnector(r, connectors).contains(connector)) {
            mine.add(r);
          }
        }
      }
      for (TypeElement r : mine) {
        TypeElement other = claimedBy.putIfAbsent(r, connector);
        if (other != null) {
          diagnostics.report(
              Message.RESOURCE_CLAIMED_TWICE,
              listed(connector, annotation, r),
              r.getQualifiedName(),
              title(other),
              title(connector));
        }
      }
      mine.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
      out.put(connector, mine);
    }
    return out;
  }

  /** The package-scanning connectors whose package is the nearest enclosing one of a resource. */
  private List<TypeElement> nearestScanningConnector(
      TypeElement resource, List<TypeElement> connectors) {
    String pkg = elements.getPackageOf(resource).getQualifiedName().toString();
    List<TypeElement> best = new ArrayList<>();
    int bestLength = -1;
    for (TypeElement c : connectors) {
      AnnotationMirror a = ConnectorReader.connectorAnnotation(c).orElseThrow();
      if (!reader.listedResources(a).isEmpty()) {
        continue;
      }
      String cp = elements.getPackageOf(c).getQualifiedName().toString();
      boolean inside = cp.isEmpty() || pkg.equals(cp) || pkg.startsWith(cp + ".");
      if (inside && cp.length() > bestLength) {
        best.clear();
        bestLength = cp.length();
      }
      if (inside && cp.length() == bestLength) {
        best.add(c);
      }
    }
    return best;
  }

  private List<TypeElement> resources(List<TypeElement> allTypes) {
    List<TypeElement> concrete = new ArrayList<>();
    List<TypeElement> abstracts = new ArrayList<>();
    for (TypeElement t : allTypes) {
      if (!reader.isResource(t)) {
        continue;
      }
      boolean isAbstract =
          t.getKind().isInterface() || t.getModifiers().contains(Modifier.ABSTRACT);
      (isAbstract ? abstracts : concrete).add(t);
    }
    List<TypeElement> out = new ArrayList<>(concrete);
    for (TypeElement a : abstracts) {
      boolean implemented =
          concrete.stream()
              .anyMatch(c -> types.isSubtype(types.erasure(c.asType()), types.erasure(a.asType())));
      if (!implemented) {
        out.add(a);
      }
    }
    return out;
  }

  /** Where a connector names a resource: its class in {@code resources}, else the annotation. */
  private static Origin listed(
      TypeElement connector, AnnotationMirror annotation, TypeElement resource) {
    return Origin.of(connector, annotation)
        .memberItem(
            "resources", v -> v instanceof DeclaredType d && d.asElement().equals(resource));
  }

  private String title(TypeElement connector) {
    return connector.getSimpleName().toString();
  }
}
