package dev.connectorkit.processor.read;

import static dev.connectorkit.processor.read.AnnotationValues.find;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.model.OperationRef;
import dev.connectorkit.processor.model.Origin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Reads the connector-level extensions of the {@code @Connector} class: info status, keywords and
 * deployment version; root capabilities (file picker), docs, Copilot manifest and
 * {@code @Extension}s; and custom-code operations.
 */
final class ConnectorExtrasReader {
  private final AnnotationValues values;
  private final DynamicCalls calls;
  private final ValueExtensionReader valueExtensions;

  ConnectorExtrasReader(AnnotationValues values, Diagnostics diagnostics) {
    this.values = values;
    this.calls = new DynamicCalls(values, diagnostics);
    this.valueExtensions = new ValueExtensionReader(values, diagnostics);
  }

  /** {@code info}'s terms of service and extensions. */
  Map<String, Object> info(AnnotationMirror connector) {
    Map<String, Object> out = new LinkedHashMap<>();
    DynamicCalls.putIfNotEmpty(out, "termsOfService", values.string(connector, "termsOfService"));
    String status = values.enumName(connector, "status");
    if (!status.equals("NONE")) {
      out.put(
          "x-ms-api-annotation",
          Map.of("status", status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT)));
    }
    List<String> keywords = values.strings(connector, "keywords");
    if (!keywords.isEmpty()) {
      out.put("x-ms-keywords", keywords);
    }
    DynamicCalls.putIfNotEmpty(
        out, "x-ms-deployment-version", values.string(connector, "deploymentVersion"));
    return out;
  }

  /** The root's extensions; {@code capabilities} holds test connection when there is one. */
  Map<String, Object> root(
      TypeElement element, AnnotationMirror connector, Map<String, Object> capabilities) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> caps = new LinkedHashMap<>(capabilities);
    for (AnnotationMirror picker : values.annotations(connector, "filePicker")) {
      Map<String, Object> fp = new LinkedHashMap<>();
      for (String call : List.of("open", "browse")) {
        AnnotationMirror m = values.annotation(picker, call);
        fp.put(call, calls.pickerCall(m, Origin.of(element, m)));
      }
      for (String key :
          List.of("valueTitle", "valueCollection", "valueFolderProperty", "valueMediaProperty")) {
        DynamicCalls.putIfNotEmpty(fp, kebab(key), values.string(picker, key));
      }
      caps.put("file-picker", fp);
    }
    if (!caps.isEmpty()) {
      out.put("x-ms-capabilities", caps);
    }
    List<Object> docs = new ArrayList<>();
    for (AnnotationMirror d : values.annotations(connector, "docs")) {
      Map<String, Object> doc = new LinkedHashMap<>();
      String url = values.string(d, "url");
      String description = values.string(d, "description");
      doc.put("url", url);
      // The schema requires a description; the address describes an undescribed link.
      doc.put("description", description.isEmpty() ? url : description);
      docs.add(doc);
    }
    if (!docs.isEmpty()) {
      out.put("x-ms-docs", docs);
    }
    find(element, Names.CK + "OpenAiManifest")
        .ifPresent(
            m -> {
              Map<String, Object> manifest = new LinkedHashMap<>();
              for (String key :
                  List.of("humanName", "modelDescription", "contactEmail", "legalUrl")) {
                manifest.put(key, values.string(m, key));
              }
              out.put("x-ms-openai-manifest", manifest);
            });
    valueExtensions.extensions(List.of(element), out);
    return out;
  }

  /** {@code scriptOperations}: null without {@code @CustomCode}, empty for all operations. */
  List<OperationRef> scriptOperations(TypeElement element) {
    return find(element, Names.CK + "CustomCode")
        .map(
            a -> {
              List<OperationRef> ops = new ArrayList<>();
              for (String op : values.strings(a, "operations")) {
                ops.add(
                    new OperationRef(
                        op, Origin.of(element, a).memberItem("operations", op::equals)));
              }
              return ops;
            })
        .orElse(null);
  }

  /** {@code valueTitle} → {@code value-title}. */
  private static String kebab(String camel) {
    return camel.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
  }
}
