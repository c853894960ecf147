package dev.connectorkit.example.tickets.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectorkit.example.tickets.contract.ConnectorFiles.Operation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Multipart form bodies for calls with files, and how they differ from the definition. */
final class FormData {
  private FormData() {}

  /** Form parts the definition does not declare, and required ones that are missing. */
  static List<String> problems(Operation op, Call call) {
    List<String> problems = new ArrayList<>();
    if (call.files.isEmpty()) {
      return problems;
    }
    List<String> declared = new ArrayList<>();
    for (JsonNode p : ConnectorFiles.parameters(op, "formData")) {
      declared.add(p.path("name").asText());
      if (p.path("required").asBoolean() && !call.files.containsKey(p.path("name").asText())) {
        problems.add("  required form parameter " + p.path("name").asText() + " is missing");
      }
    }
    call.files.keySet().stream()
        .filter(n -> !declared.contains(n))
        .forEach(n -> problems.add("  form parameter " + n + " is not declared"));
    return problems;
  }

  /** The files of a call as a {@code multipart/form-data} body. */
  static byte[] encode(Call call, String boundary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, Call.FilePart> f : call.files.entrySet()) {
      String head =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + f.getKey()
              + "\"; filename=\""
              + f.getValue().fileName()
              + "\"\r\nContent-Type: "
              + f.getValue().contentType()
              + "\r\n\r\n";
      out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
      out.writeBytes(f.getValue().content());
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
