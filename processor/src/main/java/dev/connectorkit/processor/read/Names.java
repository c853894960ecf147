package dev.connectorkit.processor.read;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The qualified names of the annotations and types the readers look for. */
final class Names {
  static final String CK = "dev.connectorkit.annotations.";
  static final String CONNECTOR = CK + "Connector";
  static final String ACTION = CK + "Action";
  static final String TRIGGER = CK + "Trigger";
  static final String SUMMARY = CK + "Summary";
  static final String DESCRIPTION = CK + "Description";
  static final String IMPORTANT = CK + "Important";
  static final String ADVANCED = CK + "Advanced";
  static final String INTERNAL = CK + "Internal";
  static final String API_RESPONSE = CK + "ApiResponse";
  static final String API_RESPONSES = CK + "ApiResponses";
  static final String INLINE = CK + "Inline";
  static final String HIDDEN = CK + "Hidden";
  static final String OMIT = CK + "Omit";
  static final String EXPLICIT = CK + "Explicit";
  static final String REQUIRED = CK + "Required";

  static final String JACKSON = "com.fasterxml.jackson.annotation.";
  static final String JACKSON_DATABIND = "com.fasterxml.jackson.databind.";
  static final String JAKARTA_VALIDATION = "jakarta.validation.constraints.";
  static final String JAVAX_VALIDATION = "javax.validation.constraints.";

  private static final Map<String, String[]> JAXRS = new ConcurrentHashMap<>();

  private Names() {}

  /** The jakarta name and its javax twin, e.g. {@code Path} → both {@code ...ws.rs.Path}. */
  static String[] jaxrs(String simpleName) {
    // Built once per name: asked for every method and parameter.
    return JAXRS
        .computeIfAbsent(simpleName, n -> new String[] {"jakarta.ws.rs." + n, "javax.ws.rs." + n})
        .clone();
  }
}
