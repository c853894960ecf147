package dev.connectorkit.processor.read;

import dev.connectorkit.annotations.Category;
import dev.connectorkit.processor.model.ConnectorInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** Reads {@code @Connector} (and {@code @ApplicationPath} beside it) into {@link ConnectorInfo}. */
public final class ConnectorReader {
  private final AnnotationValues values;

  public ConnectorReader(AnnotationValues values) {
    this.values = values;
  }

  /** The {@code @Connector} mirror of an element. */
  public static Optional<AnnotationMirror> connectorAnnotation(TypeElement element) {
    return AnnotationValues.find(element, Names.CONNECTOR);
  }

  /** The connector-wide facts. */
  public ConnectorInfo read(TypeElement element, AnnotationMirror connector) {
    String title = values.string(connector, "title");
    String id = values.string(connector, "id");
    AnnotationMirror contact = values.annotation(connector, "contact");
    List<String> categories = new ArrayList<>();
    for (String name : values.enumNames(connector, "categories")) {
      categories.add(Category.valueOf(name).displayName());
    }
    return new ConnectorInfo(
        id.isEmpty() ? idFromTitle(title) : id,
        title,
        values.string(connector, "description"),
        values.string(connector, "version"),
        new ConnectorInfo.Contact(
            values.string(contact, "name"),
            values.string(contact, "url"),
            values.string(contact, "email")),
        values.string(connector, "host"),
        basePath(element, connector),
        values.strings(connector, "schemes"),
        values.strings(connector, "consumes"),
        values.strings(connector, "produces"),
        values.string(connector, "brandColor"),
        values.string(connector, "publisher"),
        values.string(connector, "stackOwner"),
        values.string(connector, "website"),
        values.string(connector, "privacyPolicy"),
        categories,
        values.enumName(connector, "polymorphism").equals("ALL_OF"),
        values.strings(connector, "capabilities"),
        values.bool(connector, "deriveCapabilities"),
        values.bool(connector, "independentPublisher"),
        sections(connector));
  }

  /**
   * {@code emptySections} as the Swagger keys: {@code SECURITY_DEFINITIONS} → securityDefinitions.
   */
  private List<String> sections(AnnotationMirror connector) {
    List<String> out = new ArrayList<>();
    for (String name : values.enumNames(connector, "emptySections")) {
      String[] words = name.toLowerCase(java.util.Locale.ROOT).split("_");
      StringBuilder key = new StringBuilder(words[0]);
      for (int i = 1; i < words.length; i++) {
        key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
      }
      out.add(key.toString());
    }
    return out;
  }

  /** The explicitly listed resource classes, empty when the package is scanned. */
  public List<TypeElement> listedResources(AnnotationMirror connector) {
    List<TypeElement> out = new ArrayList<>();
    for (var type : values.types(connector, "resources")) {
      if (type instanceof javax.lang.model.type.DeclaredType d) {
        out.add((TypeElement) d.asElement());
      }
    }
    return out;
  }

  /**
   * The explicit basePath as written, else the {@code @ApplicationPath} of the same class without a
   * trailing '/', else "/"; null with {@code @Omit(BASE_PATH)}.
   */
  private String basePath(TypeElement element, AnnotationMirror connector) {
    if (SwaggerKeys.of(values, List.of(element), Names.OMIT).contains("basePath")) {
      return null;
    }
    String explicit =
        AnnotationValues.explicit(connector, "basePath")
            .map(v -> (String) v.getValue())
            .orElse(null);
    if (explicit != null) {
      // Written as given, a final '/' included: some definitions have one.
      return explicit;
    }
    String path =
        AnnotationValues.findAny(element, Names.jaxrs("ApplicationPath"))
            .map(a -> values.string(a, "value"))
            .map(p -> p.startsWith("/") ? p : "/" + p)
            .orElse("/");
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path;
  }

  /**
   * Like the folder names of certified connectors such as {@code AzureAD} or {@code WooCommerce}:
   * the title's words joined, without characters unsafe in a path. Spaces are dropped too (some
   * certified folders have them) because resource paths with spaces break in-memory and IDE file
   * managers and need quoting on every command line.
   */
  static String idFromTitle(String title) {
    StringBuilder id = new StringBuilder();
    // Independent-publisher folders are named without the title's suffix.
    String name = title.replaceFirst("\\s*\\(Independent Publisher\\)\\s*$", "");
    for (String word : name.replaceAll("[^A-Za-z0-9 ._-]", " ").strip().split("\\s+")) {
      if (!word.isEmpty()) {
        id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return id.length() == 0 ? "Connector" : id.toString();
  }
}
